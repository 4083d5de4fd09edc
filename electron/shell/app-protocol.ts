import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { CustomScheme } from 'electron';
import { RENDERER_CSP } from '../../shared/security/csp.js';
import {
  handleTransfer,
  isTransferPath,
  mimeTypeOf,
  resolveInside,
  type TransferRegistry,
} from '../core/index.js';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

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

export interface AppProtocolOptions {
  /** The built renderer folder (dist/renderer). */
  readonly root: string;
  readonly readFile?: (file: string) => Promise<Uint8Array>;
  /** Downloads/uploads by one-time ticket (volume export, image save…), as in web mode. */
  readonly transfers?: TransferRegistry;
}

const baseHeaders = (): Record<string, string> => ({
  'content-security-policy': RENDERER_CSP,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
});

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { ...baseHeaders(), 'content-type': 'text/plain; charset=utf-8' } });

const isMissing = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
};

const serveTransfer = async (
  transfers: TransferRegistry,
  request: Request,
  pathname: string,
): Promise<Response> => {
  const body = request.body
    ? Readable.fromWeb(request.body as Parameters<typeof Readable.fromWeb>[0])
    : Readable.from([]);
  const reply = await handleTransfer(transfers, {
    method: request.method,
    pathname,
    body,
    signal: request.signal,
  });
  const payload =
    typeof reply.body === 'string' ? reply.body : (Readable.toWeb(reply.body) as ReadableStream<Uint8Array>);
  return new Response(payload, { status: reply.status, headers: { ...baseHeaders(), ...reply.headers } });
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
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    if (options.transfers && isTransferPath(url.pathname)) {
      return serveTransfer(options.transfers, request, url.pathname);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
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
