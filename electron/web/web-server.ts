import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { tickCork } from './tick-cork.js';
import { WEB_SOCKET_PATH, WEB_SOCKET_PROTOCOL } from '../../shared/protocol/bridge.js';
import { HARD_CLIENT_MESSAGE_BYTES } from '../../shared/protocol/messages.js';
import {
  FIRST_CALLS_PARAM,
  firstCallMessages,
  firstScreenOf,
  type FirstScreen,
} from '../../shared/protocol/first-calls.js';
import { RENDERER_CSP } from '../../shared/security/csp.js';
import { handleTransfer, isTransferPath, readStatic, type Backend } from '../core/index.js';
import { checkRequest, cookieName, pageCookieValue, type GuardConfig } from './request-guard.js';

export interface WebServerOptions {
  readonly backend: Backend;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly token: string;
  /** The built renderer (dist/renderer). */
  readonly staticDir: string;
}

export interface WebServer {
  /** The full URL to open, token included. */
  readonly url: string;
  readonly port: number;
  readonly socketCount: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** A page this far behind is not reading at all: drop it rather than grow without bound. */
const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

const plain = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
};

const REASONS = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' } as const;

const refuseUpgrade = (socket: Duplex, status: keyof typeof REASONS, text: string): void => {
  const reason = REASONS[status];
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
};

/** Downloads and uploads: the one-time ticket in the path is the capability (see transfers/). */
const serveTransfer = async (
  registry: Backend['transfers'],
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<void> => {
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort(new Error('The page went away.'));
  });
  const reply = await handleTransfer(registry, {
    method: req.method ?? 'GET',
    pathname,
    body: req,
    signal: abort.signal,
  });
  res.writeHead(reply.status, { ...SECURITY_HEADERS, ...reply.headers });
  if (typeof reply.body === 'string') {
    res.end(reply.body);
    return;
  }
  await pipeline(reply.body, res).catch(() => {
    // The page or the engine went away mid-transfer: both ends are closed by now.
    abort.abort(new Error('The transfer broke off.'));
  });
};

/**
 * Web mode: the built renderer over HTTP and the backend's protocol over one WebSocket per
 * page, on loopback only, behind the token/Host/Origin gate.
 */
export const startWebServer = async (options: WebServerOptions): Promise<WebServer> => {
  const { backend, token, staticDir } = options;
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({
    noServer: true,
    // Above the protocol's limit, so an oversize message is answered (for its id) by the session
    // instead of closing the socket and every stream on it; only this hard cap still closes it.
    maxPayload: HARD_CLIENT_MESSAGE_BYTES,
    // Browsers fail a connection whose offered subprotocol is not echoed: pick ours, never the token.
    handleProtocols: (offered) => (offered.has(WEB_SOCKET_PROTOCOL) ? WEB_SOCKET_PROTOCOL : false),
  });
  let guard: GuardConfig = { port: 0, token, hostnames: [] };

  const handleHttp = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const verdict = checkRequest(req, guard, 'page');
    if (!verdict.ok) {
      plain(
        res,
        verdict.status,
        verdict.status === 401
          ? 'Open the URL that `berth web` printed (it carries the token).\n'
          : `${verdict.reason}.\n`,
      );
      return;
    }
    const { url } = verdict;
    if (isTransferPath(url.pathname)) {
      await serveTransfer(backend.transfers, req, res, url.pathname);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'Method not allowed.\n');
      return;
    }
    const file = await readStatic(staticDir, url.pathname);
    if (!file) {
      plain(res, 404, 'Not found.\n');
      return;
    }
    // Built assets carry a content hash in their name: they never change, so reloads skip them.
    const cache = url.pathname.startsWith('/assets/') ? 'private, max-age=31536000, immutable' : 'no-store';
    // The page keeps the token for its WebSocket and takes it out of the address bar itself; the
    // cookie, derived from the token and never the token, lets reloads fetch the (public) page
    // files and opens nothing else.
    const cookie =
      verdict.via === 'query'
        ? {
            'Set-Cookie': `${cookieName(guard.port)}=${pageCookieValue(token, guard.port)}; HttpOnly; SameSite=Strict; Path=/`,
          }
        : {};
    res.writeHead(200, { ...SECURITY_HEADERS, ...cookie, 'Content-Type': file.type, 'Cache-Control': cache });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };

  const server: Server = createServer((req, res) => {
    handleHttp(req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Internal error.\n');
      else res.destroy();
    });
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const verdict = checkRequest(req, guard, 'socket');
    if (!verdict.ok) {
      refuseUpgrade(socket, verdict.status, verdict.reason);
      return;
    }
    if (verdict.url.pathname !== WEB_SOCKET_PATH) {
      refuseUpgrade(socket, 404, 'not found');
      return;
    }
    const first = firstScreenOf(verdict.url.searchParams.get(FIRST_CALLS_PARAM));
    wss.handleUpgrade(req, socket, head, (ws) => {
      attach(ws, socket, first);
    });
  });

  /** `first`: the screen whose first calls the page's boot socket asked for, run here as if it had sent them. */
  const attach = (ws: WebSocket, socket: Duplex, first: FirstScreen | null): void => {
    sockets.add(ws);
    const cork = tickCork(socket);
    const session = backend.createSession((message) => {
      if (ws.readyState !== ws.OPEN) return;
      // Streams are bounded by acks; this bounds everything else for a page that stopped reading.
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
        ws.terminate();
        return;
      }
      cork();
      ws.send(JSON.stringify(message));
    });
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (isBinary) {
        session.receive(undefined);
        return;
      }
      const bytes = Buffer.isBuffer(data) ? data : Buffer.concat(data as Buffer[]);
      let decoded: unknown;
      try {
        decoded = JSON.parse(bytes.toString('utf8'));
      } catch {
        decoded = undefined;
      }
      session.receive(decoded, bytes.length);
    });
    ws.on('close', () => {
      sockets.delete(ws);
      session.dispose();
    });
    ws.on('error', () => ws.terminate());
    if (first) for (const message of firstCallMessages(first)) session.receive(message);
  };

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const port = (server.address() as AddressInfo).port;
  guard = { port, token, hostnames: [...new Set([options.host, ...LOOPBACK_NAMES])] };
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    url: `http://${shownHost}:${port}/?token=${encodeURIComponent(token)}`,
    port,
    get socketCount() {
      return sockets.size;
    },
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const ws of sockets) ws.terminate();
        wss.close();
        server.close(() => {
          resolvePromise();
        });
        server.closeAllConnections();
      }),
  };
};
