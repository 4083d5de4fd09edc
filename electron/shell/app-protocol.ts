import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { RENDERER_CSP } from '../../shared/security/csp.js';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

/** Sent with every response of the app scheme; one policy for both hosts. */
export const CONTENT_SECURITY_POLICY = RENDERER_CSP;

/**
 * `standard` gives the scheme real origins and relative URL resolution, `secure` makes it a
 * secure context, `supportFetchAPI` lets the page load modules and fetch its own files.
 * Deliberately absent: `corsEnabled` (it would let other origins read our files), `bypassCSP`,
 * `allowServiceWorkers`.
 */
export const APP_SCHEME_PRIVILEGED: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

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

export interface AppProtocolOptions {
  /** The built renderer folder (dist/renderer). */
  readonly root: string;
  readonly readFile?: (file: string) => Promise<Uint8Array>;
}

const baseHeaders = (): Record<string, string> => ({
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
});

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...baseHeaders(), 'content-type': 'text/plain; charset=utf-8' } });

const isMissing = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
};

/**
 * The handler for `protocol.handle('app', …)`: serves the built renderer read-only from
 * `app://berth/`. Paths without an extension that match no file get index.html, so a reload on
 * a client-side route still finds the app.
 */
export const createAppProtocolHandler = (
  options: AppProtocolOptions,
): ((request: Request) => Promise<Response>) => {
  const read = options.readFile ?? readFile;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    const file = resolveInside(options.root, url.pathname);
    if (file === null) return plain(404, 'Not found');

    const candidates =
      path.extname(file) === '' ? [file, path.join(path.resolve(options.root), 'index.html')] : [file];
    for (const candidate of candidates) {
      let body: Uint8Array;
      try {
        body = await read(candidate);
      } catch (err) {
        if (isMissing(err)) continue;
        return plain(500, 'Could not read the file');
      }
      const headers = { ...baseHeaders(), 'content-type': mimeTypeOf(candidate) };
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    }
    return plain(404, 'Not found');
  };
};
