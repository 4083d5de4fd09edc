import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

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
  | { readonly ok: true; readonly via: 'query' | 'cookie' | 'header' }
  | { readonly ok: false; readonly status: 401 | 403; readonly reason: string };

export const cookieName = (port: number): string => `berth_token_${port}`;

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

export const checkRequest = (req: IncomingMessage, config: GuardConfig): GuardVerdict => {
  const hosts = allowedHosts(config);
  const host = req.headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) return { ok: false, status: 403, reason: 'foreign Host header' };
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (!hosts.has(originHostOf(origin) ?? '')) return { ok: false, status: 403, reason: 'foreign Origin' };
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const fromQuery = url.searchParams.get('token');
  if (fromQuery !== null && sameSecret(fromQuery, config.token)) return { ok: true, via: 'query' };
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ') && sameSecret(authorization.slice(7), config.token)) {
    return { ok: true, via: 'header' };
  }
  const fromCookie = readCookie(req.headers.cookie, cookieName(config.port));
  if (fromCookie !== undefined && sameSecret(fromCookie, config.token)) return { ok: true, via: 'cookie' };
  return { ok: false, status: 401, reason: 'missing or wrong token' };
};
