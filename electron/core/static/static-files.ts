import { readFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * Serving the built renderer, shared by both hosts (Electron's app:// protocol and web mode):
 * which file a request path means, without ever leaving the renderer folder, and its type.
 */

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const mimeTypeOf = (file: string): string =>
  MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a request path onto a file inside `root`, or null when it would leave it. The path is
 * percent-decoded first, so `%2e%2e%2f` and encoded backslashes are caught like `../`.
 */
export const resolveInside = (root: string, pathname: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded.replace(/^[/\\]+/, '') || 'index.html';
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  const inside = path.relative(base, target);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return target;
};

export interface StaticFile {
  readonly body: Buffer;
  readonly type: string;
}

/** Reads a file of the built renderer; a path that would leave its folder is not found. */
export const readStatic = async (root: string, pathname: string): Promise<StaticFile | null> => {
  const file = resolveInside(root, pathname);
  if (!file) return null;
  try {
    return { body: await readFile(file), type: mimeTypeOf(file) };
  } catch {
    return null;
  }
};
