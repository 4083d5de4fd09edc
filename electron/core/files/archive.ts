import { PassThrough, Readable } from 'node:stream';
import { extract, pack, type Headers } from 'tar-stream';
import {
  PREVIEW_MAX_BYTES,
  type DirListing,
  type FilePreview,
  type UploadResult,
} from '../../../shared/contract/files.js';
import { TarListing } from '../../../shared/files/tar-listing.js';
import { looksBinary } from '../../../shared/files/text-detect.js';
import { openEngineStream } from '../engine/open-engine-stream.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { worded } from '../../../shared/contract/error-texts.js';

/*
 * Everything here goes through the engine's archive API (`GET/PUT /containers/{id}/archive`),
 * which works on running, stopped and never-started containers alike and needs no tool in the
 * image. The archive streams a whole subtree, so listings stop at caps and say so.
 */

/** A listing stops reading after this many archive bytes (a big file deep inside, say). */
export const LIST_MAX_BYTES = 256 * 1024 * 1024;
/** Uploads and imports may take long; they still end at this deadline. */
const PUT_TIMEOUT_MS = 60 * 60_000;

type Entry = (header: Headers, body: Readable, next: (error?: unknown) => void) => void;

const openArchive = (
  connection: EngineConnection,
  id: string,
  path: string,
  cancel?: AbortSignal,
): Promise<Readable> =>
  openEngineStream(
    connection,
    async (client, signal) => {
      const stream: unknown = await client.getContainer(id).getArchive({ path, abortSignal: signal });
      // docker-modem answers the HTTP response itself, an http.IncomingMessage.
      if (!(stream instanceof Readable)) throw new BerthError('INTERNAL', worded('engineNoArchiveStream'));
      return stream;
    },
    cancel,
  );

/**
 * Reads tar entries from `source` until `onEntry` stops it (by returning false) or the archive
 * ends; the source is destroyed either way, so no engine socket stays open.
 */
const readEntries = (
  source: Readable,
  onEntry: (header: Headers, body: Readable) => Promise<boolean> | boolean,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<'ended' | 'stopped' | 'capped'> =>
  new Promise((resolve, reject) => {
    const tar = extract();
    let seen = 0;
    let settled = false;
    const settle = (outcome: 'ended' | 'stopped' | 'capped' | Error): void => {
      if (settled) return;
      settled = true;
      source.unpipe(tar);
      source.destroy();
      tar.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    source.on('data', (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > maxBytes) settle('capped');
    });
    source.on('error', (err) => {
      settle(err);
    });
    tar.on('error', (err: Error) => {
      settle(new BerthError('ENGINE_ERROR', worded('archiveUnreadableFromEngine', { detail: err.message })));
    });
    const entry: Entry = (header, body, next) => {
      Promise.resolve(onEntry(header, body)).then(
        (more) => {
          if (!more) {
            settle('stopped');
            return;
          }
          body.on('end', () => {
            next();
          });
          body.resume();
        },
        (err: unknown) => {
          settle(err instanceof Error ? err : new Error(String(err)));
        },
      );
    };
    tar.on('entry', entry);
    tar.on('finish', () => {
      settle('ended');
    });
    source.pipe(tar);
  });

export const listFolder = async (
  connection: EngineConnection,
  id: string,
  path: string,
  shownPath = path,
): Promise<DirListing> => {
  // `dir/.` makes the engine follow a symlinked folder and name entries `./child`.
  const source = await openArchive(connection, id, path === '/' ? '/.' : `${path}/.`);
  const listing = new TarListing();
  const outcome = await readEntries(source, (header) => listing.add(header), LIST_MAX_BYTES);
  if (outcome === 'capped') listing.truncate();
  if (listing.kind !== null && listing.kind !== 'directory') {
    throw new BerthError('VALIDATION', worded('notAFolder', { path: shownPath }));
  }
  return { path: shownPath, entries: listing.sorted(), truncated: listing.truncated };
};

const notAFile = (header: Headers, shownPath: string): BerthError =>
  new BerthError(
    'VALIDATION',
    header.type === 'directory'
      ? worded('fileIsFolder', { path: shownPath })
      : header.type === 'symlink'
        ? worded('fileIsSymlink', { path: shownPath, target: header.linkname ?? '?' })
        : worded('fileNotRegular', { path: shownPath }),
  );

const isRegular = (header: Headers): boolean =>
  header.type === 'file' || header.type === 'contiguous-file' || header.type === undefined;

/** The first PREVIEW_MAX_BYTES of a file, as text unless they look binary. */
export const previewFile = async (
  connection: EngineConnection,
  id: string,
  path: string,
  shownPath = path,
): Promise<FilePreview> => {
  const source = await openArchive(connection, id, path);
  const found: { preview: FilePreview | null } = { preview: null };
  await readEntries(source, async (header, body) => {
    if (!isRegular(header)) throw notAFile(header, shownPath);
    const size = header.size ?? 0;
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= PREVIEW_MAX_BYTES) break;
    }
    const bytes = Buffer.concat(chunks).subarray(0, PREVIEW_MAX_BYTES);
    const truncated = size > bytes.length;
    const binary = looksBinary(bytes, truncated);
    found.preview = {
      path: shownPath,
      size,
      text: binary ? null : bytes.toString('utf8'),
      binary,
      truncated,
    };
    return false;
  });
  if (!found.preview) throw new BerthError('NOT_FOUND', worded('notInArchive', { path: shownPath }));
  return found.preview;
};

/**
 * A regular file's own bytes, unpacked from the engine's archive as they stream. Resolves once
 * the first header is read (so "not a file" is an error, not a broken download); `onClose` runs
 * once whatever happens (used to remove a helper container).
 */
export const openFileBytes = async (
  connection: EngineConnection,
  id: string,
  path: string,
  shownPath: string,
  signal: AbortSignal,
): Promise<Readable> => {
  const source = await openArchive(connection, id, path, signal);
  return new Promise<Readable>((resolve, reject) => {
    const out = new PassThrough();
    let started = false;
    readEntries(source, (header, body) => {
      if (started) return false;
      if (!isRegular(header)) throw notAFile(header, shownPath);
      started = true;
      resolve(out);
      return new Promise<boolean>((done) => {
        body.on('error', (err) => out.destroy(err));
        body.on('end', () => {
          out.end();
          done(false);
        });
        out.on('close', () => {
          done(false);
        });
        body.pipe(out, { end: false });
      });
    }).then(
      () => {
        if (!started) reject(new BerthError('NOT_FOUND', worded('notInArchive', { path: shownPath })));
      },
      (err: unknown) => {
        if (started) out.destroy(err instanceof Error ? err : new Error(String(err)));
        else reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
    signal.addEventListener('abort', () => out.destroy(), { once: true });
  });
};

/** The engine's tar of `path` as it streams (a folder's entries are named after the folder). */
export const openTar = (
  connection: EngineConnection,
  id: string,
  path: string,
  signal: AbortSignal,
): Promise<Readable> => openArchive(connection, id, path, signal);

/**
 * PUTs a tar stream into `dir`; a file never replaces a folder or the other way round. A failure
 * of the tar itself (a short upload, a refused entry) aborts the request and is what is reported.
 */
export const putTar = async (
  connection: EngineConnection,
  id: string,
  dir: string,
  tar: Readable,
  signal: AbortSignal,
): Promise<void> => {
  // Set from stream callbacks: a holder, so the checks below are not narrowed away.
  const state: { failure: Error | null; ended: boolean } = { failure: null, ended: false };
  const stop = new AbortController();
  tar.on('end', () => {
    state.ended = true;
  });
  tar.on('error', (err: Error) => {
    state.failure ??= err;
    stop.abort();
  });
  // tar-stream's pack closes without an error on a short entry: that is a failure too.
  tar.on('close', () => {
    if (state.ended) return;
    // After the entry's own error (emitted right after this close), if any.
    queueMicrotask(() => {
      state.failure ??= new BerthError('VALIDATION', worded('archiveCutShort'));
      stop.abort();
    });
  });
  try {
    await connection.call(
      (client, deadline) =>
        client.getContainer(id).putArchive(tar, {
          path: dir,
          noOverwriteDirNonDir: 'true',
          abortSignal: AbortSignal.any([deadline, signal, stop.signal]),
        }) as Promise<unknown>,
      PUT_TIMEOUT_MS,
    );
  } catch (err) {
    throw state.failure ?? err;
  } finally {
    tar.destroy();
  }
  if (state.failure) throw state.failure;
};

/** Wraps one uploaded body into a one-entry tar named `name` and puts it into `dir`. */
export const uploadFile = async (
  connection: EngineConnection,
  id: string,
  dir: string,
  name: string,
  size: number,
  body: Readable,
  signal: AbortSignal,
): Promise<UploadResult> => {
  const tar = pack();
  const entry = tar.entry({ name, size, mode: 0o644, mtime: new Date(), type: 'file' }, (err) => {
    // The pack has already closed itself; say why, before the request is aborted for it.
    if (err) tar.emit('error', new BerthError('VALIDATION', worded('uploadWrongSize', { size })));
    else tar.finalize();
  });
  body.on('error', (err) => tar.destroy(err));
  body.pipe(entry);
  try {
    await putTar(connection, id, dir, tar, signal);
  } finally {
    body.destroy();
  }
  return { path: dir === '/' ? `/${name}` : `${dir}/${name}`, size };
};
