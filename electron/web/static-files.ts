import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly type: string;
}

/** Reads a file of the built renderer; paths that would leave its folder are not found. */
export const readStatic = async (root: string, urlPath: string): Promise<StaticFile | null> => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const full = resolve(base, relative);
  if (!full.startsWith(base + sep)) return null;
  try {
    return { body: await readFile(full), type: MIME[extname(full)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
};
