import { randomBytes } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import { lstat, opendir, readFile, readlink, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { DockerignoreError, DockerignoreMatcher } from '../../../shared/build/dockerignore.js';
import { MAX_IGNORED_LISTED, type ContextInfo } from '../../../shared/contract/build.js';
import { BerthError } from '../errors/berth-error.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** A `.dockerignore` larger than this is not a pattern list anyone wrote by hand. */
const MAX_DOCKERIGNORE_BYTES = 1024 * 1024;

/** A context folder and Dockerfile, checked, with the rules that decide what is sent. */
export interface BuildContext {
  readonly root: string;
  /** Absolute path of the Dockerfile on disk. */
  readonly dockerfilePath: string;
  /** The name the engine reads it under: context-relative, or a generated `.dockerfile.<hex>`. */
  readonly dockerfileName: string;
  readonly dockerfileInContext: boolean;
  /** The `.dockerignore` text, null when there is none. */
  readonly dockerignore: string | null;
  readonly matcher: DockerignoreMatcher;
}

const errnoOf = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined;

const statOrNull = async (path: string): Promise<Stats | null> => {
  try {
    return await stat(path);
  } catch (err) {
    if (errnoOf(err) === 'ENOENT' || errnoOf(err) === 'ENOTDIR') return null;
    throw new BerthError(
      'VALIDATION',
      worded('cannotRead', { path, detail: errnoOf(err) ?? 'unknown error' }),
    );
  }
};

const toSlash = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/**
 * Checks the folder and Dockerfile as the CLI does before it reads anything: the context must be
 * an existing directory (given as an absolute path: the backend has no "current folder" the
 * user would recognise), the Dockerfile an existing file, relative paths resolved in the context.
 */
export const resolveBuildContext = async (contextPath: string, dockerfile: string): Promise<BuildContext> => {
  if (!isAbsolute(contextPath)) {
    throw new BerthError('VALIDATION', worded('contextNotAbsolute', { path: contextPath }));
  }
  const root = resolve(contextPath);
  const rootStat = await statOrNull(root);
  if (!rootStat) throw new BerthError('NOT_FOUND', worded('contextFolderMissing', { path: root }));
  if (!rootStat.isDirectory()) throw new BerthError('VALIDATION', worded('contextNotFolder', { path: root }));

  const dockerfilePath = isAbsolute(dockerfile) ? resolve(dockerfile) : resolve(root, dockerfile);
  const fileStat = await statOrNull(dockerfilePath);
  if (!fileStat) throw new BerthError('NOT_FOUND', worded('dockerfileMissing', { path: dockerfilePath }));
  if (!fileStat.isFile())
    throw new BerthError('VALIDATION', worded('dockerfileNotFile', { path: dockerfilePath }));

  const rel = relative(root, dockerfilePath);
  const inContext = rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  // As the CLI's AddDockerfileToBuildContext: a Dockerfile from outside travels under a random name.
  const dockerfileName = inContext ? toSlash(rel) : `.dockerfile.${randomBytes(10).toString('hex')}`;

  let dockerignore: string | null = null;
  const ignorePath = join(root, '.dockerignore');
  const ignoreStat = await statOrNull(ignorePath);
  if (ignoreStat?.isFile()) {
    if (ignoreStat.size > MAX_DOCKERIGNORE_BYTES) {
      throw new BerthError(
        'VALIDATION',
        worded('fileTooLarge', { path: ignorePath, max: MAX_DOCKERIGNORE_BYTES }),
      );
    }
    dockerignore = await readFile(ignorePath, 'utf8');
  }
  let matcher: DockerignoreMatcher;
  try {
    matcher = DockerignoreMatcher.fromFile(dockerignore, inContext ? dockerfileName : null);
  } catch (err) {
    if (err instanceof DockerignoreError) {
      throw new BerthError('VALIDATION', worded('fileProblem', { path: ignorePath, detail: err.message }));
    }
    throw err;
  }
  return { root, dockerfilePath, dockerfileName, dockerfileInContext: inContext, dockerignore, matcher };
};

export type ContextEntry =
  | { readonly kind: 'directory'; readonly name: string; readonly stats: Stats }
  | { readonly kind: 'file'; readonly name: string; readonly path: string; readonly stats: Stats }
  | { readonly kind: 'symlink'; readonly name: string; readonly path: string; readonly stats: Stats };

export interface WalkVisitor {
  entry(entry: ContextEntry): Promise<void> | void;
  ignored(name: string): void;
}

/** Go's filepath.Walk order: names sorted by bytes. */
const byBytes = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * Walks the context as archive.TarWithOptions does: lexical order, symlinks not followed, the
 * `.dockerignore` decisions applied (pruned directories are not read at all).
 */
export const walkContext = async (
  context: BuildContext,
  visitor: WalkVisitor,
  signal?: AbortSignal,
): Promise<void> => {
  const walkDir = async (dir: string, prefix: string): Promise<void> => {
    const names: string[] = [];
    try {
      const handle = await opendir(dir);
      for await (const dirent of handle) names.push(dirent.name);
    } catch (err) {
      throw new BerthError(
        'VALIDATION',
        worded('cannotReadFolder', { path: dir, detail: errnoOf(err) ?? 'unknown error' }),
      );
    }
    names.sort(byBytes);
    for (const name of names) {
      signal?.throwIfAborted();
      const path = join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      const stats = await lstat(path);
      const decision = context.matcher.decide(rel, stats.isDirectory());
      if (decision === 'skip' || decision === 'skip-dir') {
        visitor.ignored(stats.isDirectory() ? `${rel}/` : rel);
        continue;
      }
      if (stats.isDirectory()) {
        if (decision === 'include') await visitor.entry({ kind: 'directory', name: rel, stats });
        await walkDir(path, rel);
      } else if (stats.isSymbolicLink()) {
        await visitor.entry({ kind: 'symlink', name: rel, path, stats });
      } else if (stats.isFile()) {
        await visitor.entry({ kind: 'file', name: rel, path, stats });
      }
      // Sockets, FIFOs and devices have no place in an image build; they are left out.
    }
  };
  await walkDir(context.root, '');
};

/** Counts what will be sent and what `.dockerignore` keeps out. */
export const measureContext = async (context: BuildContext, signal?: AbortSignal): Promise<ContextInfo> => {
  let files = 0;
  let directories = 0;
  let symlinks = 0;
  let bytes = 0;
  let ignoredCount = 0;
  const ignored: string[] = [];
  await walkContext(
    context,
    {
      entry: (entry) => {
        if (entry.kind === 'file') {
          files += 1;
          bytes += entry.stats.size;
        } else if (entry.kind === 'symlink') symlinks += 1;
        else directories += 1;
      },
      ignored: (name) => {
        ignoredCount += 1;
        if (ignored.length < MAX_IGNORED_LISTED) ignored.push(name);
      },
    },
    signal,
  );
  if (!context.dockerfileInContext) {
    files += 1;
    bytes += (await stat(context.dockerfilePath)).size;
  }
  return {
    contextPath: context.root,
    dockerfile: context.dockerfileName,
    dockerfileInContext: context.dockerfileInContext,
    hasDockerignore: context.dockerignore !== null,
    files,
    directories,
    symlinks,
    bytes,
    ignored,
    ignoredCount,
  };
};

/** A folder that takes longer than this to walk is not one anyone meant to send as a context. */
export const MEASURE_TIMEOUT_MS = 60_000;

/** measureContext with a deadline that says what ran out (not "the engine is not responding"). */
export const measureContextWithin = async (
  context: BuildContext,
  timeoutMs: number,
): Promise<ContextInfo> => {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await measureContext(context, signal);
  } catch (err) {
    if (signal.aborted) {
      throw new BerthError(
        'TIMEOUT',
        worded('contextReadTimeout', { path: context.root, seconds: Math.round(timeoutMs / 1000) }),
      );
    }
    throw err;
  }
};

/** docker-modem answers with an http.IncomingMessage; typed loosely by @types/dockerode. */
export const asReadable = (stream: NodeJS.ReadableStream): Readable => {
  if (stream instanceof Readable) return stream;
  throw new BerthError('INTERNAL', worded('engineNotAStream'));
};

/** The `.dockerignore` sent when the Dockerfile travels under a generated name: it names it too. */
const dockerignoreWith = (original: string | null, name: string): Buffer =>
  Buffer.from(`${original ?? ''}\n${name}\n`, 'utf8');

/**
 * The context as a tar stream, produced as the engine reads it (never held in memory): modes
 * kept, owner 0:0 as the CLI sends it, symlinks as links. `signal` stops it; a failure to read
 * the context goes to `onError` (the stream is piped into a request, which would not listen).
 */
export const packContext = (
  context: BuildContext,
  signal: AbortSignal,
  onError: (err: Error) => void,
): Readable => {
  const pack = tar.pack();
  pack.on('error', onError);
  signal.addEventListener(
    'abort',
    () => {
      pack.destroy();
    },
    { once: true },
  );
  const header = (name: string, stats: Stats): tar.Headers => ({
    name,
    mode: stats.mode & 0o7777,
    mtime: stats.mtime,
    uid: 0,
    gid: 0,
  });
  const addBuffer = (headers: tar.Headers, content: Buffer): Promise<void> =>
    new Promise((done, fail) => {
      pack.entry({ ...headers, type: 'file', size: content.length }, content, (err) => {
        if (err) fail(err);
        else done();
      });
    });
  const outside = !context.dockerfileInContext;
  const fill = async (): Promise<void> => {
    const seen = { dockerignore: false };
    await walkContext(
      context,
      {
        entry: async (entry) => {
          const base = header(entry.name, entry.stats);
          if (entry.kind === 'directory') {
            await new Promise<void>((done, fail) => {
              pack.entry({ ...base, name: `${entry.name}/`, type: 'directory' }, (err) => {
                if (err) fail(err);
                else done();
              });
            });
          } else if (entry.kind === 'symlink') {
            const linkname = await readlink(entry.path);
            await new Promise<void>((done, fail) => {
              pack.entry({ ...base, type: 'symlink', linkname }, (err) => {
                if (err) fail(err);
                else done();
              });
            });
          } else if (outside && entry.name === '.dockerignore') {
            seen.dockerignore = true;
            await addBuffer(base, dockerignoreWith(context.dockerignore, context.dockerfileName));
          } else {
            const sink = pack.entry({ ...base, type: 'file', size: entry.stats.size });
            await pipeline(createReadStream(entry.path), sink);
          }
        },
        ignored: () => undefined,
      },
      signal,
    );
    if (outside) {
      const now = new Date();
      const content = await readFile(context.dockerfilePath);
      await addBuffer({ name: context.dockerfileName, mode: 0o600, mtime: now, uid: 0, gid: 0 }, content);
      if (!seen.dockerignore) {
        await addBuffer(
          { name: '.dockerignore', mode: 0o600, mtime: now, uid: 0, gid: 0 },
          dockerignoreWith(null, context.dockerfileName),
        );
      }
    }
    pack.finalize();
  };
  fill().catch((err: unknown) => {
    if (signal.aborted) return;
    pack.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return pack;
};
