import { PassThrough, type Readable } from 'node:stream';
import { extract, pack, type Headers } from 'tar-stream';
import type { DirListing, FilePreview } from '../../../shared/contract/files.js';
import type { TransferTicket } from '../../../shared/contract/transfers.js';
import { IMPORT_MAX_BYTES, type VolumeImportResult } from '../../../shared/contract/volumes.js';
import { baseName } from '../../../shared/files/container-path.js';
import { IMPORTABLE_TYPES, volumeEntryName } from '../../../shared/files/tar-entry-name.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { listFolder, openFileBytes, openTar, previewFile, putTar } from '../files/archive.js';
import { HELPER_MOUNT, type HelperContainers } from '../helpers/helper-containers.js';
import type { TransferRegistry } from '../transfers/transfer-registry.js';
import { createVolume, requireVolume, volumeExists } from './volume-service.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** A path inside the volume (`/` is its root) as a path inside the helper. */
const inHelper = (path: string): string => (path === '/' ? HELPER_MOUNT : `${HELPER_MOUNT}${path}`);

export interface VolumeFilesDeps {
  readonly connection: EngineConnection;
  readonly helpers: HelperContainers;
  readonly transfers: TransferRegistry;
}

export const browseVolume = async (
  { connection, helpers }: VolumeFilesDeps,
  name: string,
  path: string,
): Promise<DirListing> => {
  // Checked first: mounting a missing volume into the helper would create it.
  await requireVolume(connection, name);
  return helpers.with(name, 'volume-browse', true, (id) => listFolder(connection, id, inHelper(path), path));
};

export const previewVolumeFile = async (
  { connection, helpers }: VolumeFilesDeps,
  name: string,
  path: string,
): Promise<FilePreview> => {
  await requireVolume(connection, name);
  return helpers.with(name, 'volume-browse', true, (id) => previewFile(connection, id, inHelper(path), path));
};

/**
 * Streams from a helper that lives exactly as long as the download: it is created when the page
 * asks for the bytes and removed when the stream closes, fails or is aborted.
 */
const helperStream = async (
  { connection, helpers }: VolumeFilesDeps,
  name: string,
  purpose: 'volume-browse' | 'volume-export',
  signal: AbortSignal,
  open: (id: string) => Promise<Readable>,
): Promise<Readable> => {
  await requireVolume(connection, name);
  const helper = await helpers.acquire(name, purpose, true);
  let source: Readable;
  try {
    source = await open(helper.id);
  } catch (err) {
    await helper.release();
    throw err;
  }
  const out = new PassThrough();
  const done = (): void => {
    source.destroy();
    void helper.release();
  };
  source.on('error', (err) => out.destroy(err));
  out.on('close', done);
  signal.addEventListener('abort', () => out.destroy(), { once: true });
  source.pipe(out);
  return out;
};

export const offerVolumeDownload = async (
  deps: VolumeFilesDeps,
  name: string,
  path: string,
  format: 'raw' | 'tar',
): Promise<TransferTicket> => {
  await requireVolume(deps.connection, name);
  const base = path === '/' ? name : baseName(path);
  return deps.transfers.offerDownload({
    filename: format === 'raw' ? base : `${base}.tar`,
    contentType: format === 'raw' ? 'application/octet-stream' : 'application/x-tar',
    open: (signal) =>
      helperStream(deps, name, 'volume-browse', signal, (id) =>
        format === 'raw'
          ? openFileBytes(deps.connection, id, inHelper(path), path, signal)
          : openTar(deps.connection, id, inHelper(path), signal),
      ),
  });
};

/** The whole volume as a tar whose paths are relative to its root (`./`, `./a/b`). */
export const offerVolumeExport = async (deps: VolumeFilesDeps, name: string): Promise<TransferTicket> => {
  await requireVolume(deps.connection, name);
  return deps.transfers.offerDownload({
    filename: `${name}.tar`,
    contentType: 'application/x-tar',
    open: (signal) =>
      helperStream(deps, name, 'volume-export', signal, (id) =>
        openTar(deps.connection, id, `${HELPER_MOUNT}/.`, signal),
      ),
  });
};

/**
 * Re-packs an uploaded tar entry by entry: names are made relative to the volume's root, and
 * entries that climb out (`..`), devices and FIFOs are refused before anything reaches the engine.
 */
const checkedTar = (body: Readable, counts: { entries: number; bytes: number }): Readable => {
  const input = extract();
  const output = pack();
  input.on('entry', (header: Headers, stream: Readable, next: (error?: unknown) => void) => {
    const name = volumeEntryName(header.name);
    const type = header.type ?? 'file';
    if (name === null) {
      next(new BerthError('VALIDATION', worded('archiveEntryOutside', { entry: header.name })));
      return;
    }
    if (!IMPORTABLE_TYPES.has(type)) {
      next(new BerthError('VALIDATION', worded('archiveEntryType', { type, entry: header.name })));
      return;
    }
    let linkname = header.linkname;
    if (type === 'link') {
      const target = volumeEntryName(header.linkname ?? '');
      if (target === null || target === '.') {
        next(new BerthError('VALIDATION', worded('archiveHardLinkOutside', { entry: header.name })));
        return;
      }
      linkname = target;
    }
    counts.entries++;
    counts.bytes += header.size ?? 0;
    // A fresh header, not a copy: a copied `pax` record would put the original path back.
    const clean: Headers = {
      name: type === 'directory' && name !== '.' ? `${name}/` : name,
      type: header.type,
      size: header.size,
      mode: header.mode,
      mtime: header.mtime,
      uid: header.uid,
      gid: header.gid,
      uname: header.uname,
      gname: header.gname,
      linkname,
    };
    const target = output.entry(clean, (err) => {
      next(err ?? undefined);
    });
    stream.pipe(target);
  });
  input.on('finish', () => {
    output.finalize();
  });
  input.on('error', (err: Error) => {
    output.destroy(
      err instanceof BerthError
        ? err
        : new BerthError('VALIDATION', worded('archiveUnreadable', { detail: err.message })),
    );
  });
  body.on('error', (err) => input.destroy(err));
  body.pipe(input);
  return output;
};

/**
 * An upload ticket: the upload creates the volume, unpacks the checked tar into it through a
 * helper, and removes the helper whatever happens. A failed import removes the new volume again,
 * so nothing half-filled is left behind.
 */
export const offerVolumeImport = async (
  deps: VolumeFilesDeps,
  name: string,
  driver: string,
): Promise<TransferTicket> => {
  if (await volumeExists(deps.connection, name)) {
    throw new BerthError('CONFLICT', worded('volumeExistsImport', { name }));
  }
  return deps.transfers.expectUpload({
    maxBytes: IMPORT_MAX_BYTES,
    accept: async (body, signal): Promise<VolumeImportResult> => {
      await createVolume(deps.connection, { name, driver, driverOpts: {}, labels: {} });
      const counts = { entries: 0, bytes: 0 };
      try {
        await deps.helpers.with(name, 'volume-import', false, (id) =>
          putTar(deps.connection, id, HELPER_MOUNT, checkedTar(body, counts), signal),
        );
      } catch (err) {
        await deps.connection
          .call((client, s) => client.getVolume(name).remove({ abortSignal: s }))
          .catch(() => undefined);
        throw err;
      }
      return { name, entries: counts.entries, bytes: counts.bytes };
    },
  });
};
