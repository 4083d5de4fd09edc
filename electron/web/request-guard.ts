import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { WEB_SOCKET_TOKEN_PREFIX } from '../../shared/protocol/bridge.js';

/**
 * The gate in front of every HTTP request and WebSocket upgrade in web mode: the Docker API
 * behind it is root-equivalent, so a foreign Host (DNS rebinding), a foreign Origin (a page
 * on another site) or a missing token never get through.
 */
export interface GuardConfig {
  readonly port: number;
  readonly token: string;
  /** Host names the page may be reached by (loopback names only). */
  readonly hostnames: readonly string[];
}

export type GuardVerdict =
  | { readonly ok: true; readonly via: 'query' | 'cookie' | 'header'; readonly url: URL }
  | { readonly ok: false; readonly status: 400 | 401 | 403; readonly reason: string };

/**
 * Which credentials count. Page loads: the token in the query (first visit) or the cookie it
 * was traded for (derived from the token, see `pageCookieValue`), which opens only the static files. The WebSocket (the Docker API behind it):
 * only the token itself, in a subprotocol (browsers) or an Authorization header (scripts).
 */
export type RequestKind = 'page' | 'socket';

export const cookieName = (port: number): string => `berth_page_${port}`;

/**
 * What the page cookie holds: a credential derived from the token, never the token. Browsers send
 * cookies to every port of a host, so any other local server (a container's web app opened from
 * Berth's own port link included) receives it; derived one-way and bound to this port, it opens
 * this server's static files and nothing else, and tells nobody the token.
 */
export const pageCookieValue = (token: string, port: number): string =>
  createHmac('sha256', token).update(`berth page files, port ${port}`).digest('base64url');

const sameSecret = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

const readCookie = (header: string | undefined, name: string): string | undefined => {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
};

const allowedHosts = (config: GuardConfig): Set<string> =>
  new Set(config.hostnames.map((name) => `${name.includes(':') ? `[${name}]` : name}:${config.port}`));

const originHostOf = (origin: string): string | null => {
  try {
    const parsed = new URL(origin);
    return parsed.protocol === 'http:' ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
};

const subprotocolToken = (header: string | undefined): string | undefined =>
  header
    ?.split(',')
    .map((p) => p.trim())
    .find((p) => p.startsWith(WEB_SOCKET_TOKEN_PREFIX))
    ?.slice(WEB_SOCKET_TOKEN_PREFIX.length);

/** Request targets such as `//` or `http://[` do not parse: they are refused, never thrown. */
const parseTarget = (target: string | undefined): URL | null => {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//')) return null;
  try {
    return new URL(target, 'http://localhost');
  } catch {
    return null;
  }
};

export const checkRequest = (req: IncomingMessage, config: GuardConfig, kind: RequestKind): GuardVerdict => {
  const hosts = allowedHosts(config);
  const host = req.headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) return { ok: false, status: 403, reason: 'foreign Host header' };
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (!hosts.has(originHostOf(origin) ?? '')) return { ok: false, status: 403, reason: 'foreign Origin' };
  }
  const url = parseTarget(req.url);
  if (!url) return { ok: false, status: 400, reason: 'malformed request target' };
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ') && sameSecret(authorization.slice(7), config.token)) {
    return { ok: true, via: 'header', url };
  }
  if (kind === 'socket') {
    const offered = subprotocolToken(req.headers['sec-websocket-protocol']);
    if (offered !== undefined && sameSecret(offered, config.token)) return { ok: true, via: 'header', url };
    return { ok: false, status: 401, reason: 'missing or wrong token' };
  }
  const fromQuery = url.searchParams.get('token');
  if (fromQuery !== null && sameSecret(fromQuery, config.token)) return { ok: true, via: 'query', url };
  const fromCookie = readCookie(req.headers.cookie, cookieName(config.port));
  if (fromCookie !== undefined && sameSecret(fromCookie, pageCookieValue(config.token, config.port)))
    return { ok: true, via: 'cookie', url };
  return { ok: false, status: 401, reason: 'missing or wrong token' };
};
