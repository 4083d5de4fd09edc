/**
 * Host strings parsed the way the docker CLI parses them. The CLI runs Go's `net/url` and `net` on them, so the
 * quirks of those (e.g. `tcp://[::1]` without a port being invalid) are reproduced on purpose: a user whose
 * `docker ps` works must get the same engine here, and one whose `docker ps` fails must not get a different one.
 */

/** A daemon address after the CLI's normalisation, before any TLS decision. */
export type HostAddress =
  | { readonly kind: 'unix' | 'npipe'; readonly path: string }
  | { readonly kind: 'tcp'; readonly host: string; readonly port: number }
  | { readonly kind: 'ssh'; readonly host: string; readonly port: number; readonly username?: string };

/** Why a host string was rejected; callers say which setting it came from. */
export class HostSyntaxError extends Error {}

const DEFAULT_TCP_PORT = '2375';

/** The fixed default of the CLI (hosts_unix.go / hosts_windows.go), used where it does no socket discovery. */
export function platformDefaultHost(platform: NodeJS.Platform): HostAddress {
  return platform === 'win32'
    ? { kind: 'npipe', path: '//./pipe/docker_engine' }
    : { kind: 'unix', path: '/var/run/docker.sock' };
}

/** `opts.ParseHost`: how the CLI reads `DOCKER_HOST`. */
export function parseDaemonHost(raw: string, defaultToTls: boolean, platform: NodeJS.Platform): HostAddress {
  const value = raw.trim();
  if (value === '') {
    return defaultToTls ? { kind: 'tcp', host: 'localhost', port: 2376 } : platformDefaultHost(platform);
  }
  const [proto, rest] = cut(value, '://') ?? [
    value.startsWith('/') || value.startsWith('./') ? 'unix' : 'tcp',
    value,
  ];
  switch (proto) {
    case 'tcp':
      return parseTcp(rest);
    case 'unix':
      return { kind: 'unix', path: socketPath('unix', rest, '/var/run/docker.sock') };
    case 'npipe':
      return { kind: 'npipe', path: socketPath('npipe', rest, '//./pipe/docker_engine') };
    case 'ssh':
      return parseSsh(value);
    default:
      throw unsupported(proto);
  }
}

/** `client.ParseHostURL`: a context's stored Host is used verbatim, without `ParseHost`'s defaults. */
export function parseContextHost(raw: string, tls: boolean, platform: NodeJS.Platform): HostAddress {
  if (raw === '') return platformDefaultHost(platform);
  const parts = cut(raw, '://');
  if (parts === undefined || parts[1] === '') throw new HostSyntaxError('expected <scheme>://<address>');
  const [proto, rest] = parts;
  switch (proto) {
    case 'unix':
    case 'npipe':
      return { kind: proto, path: rest };
    case 'ssh':
      return parseSsh(raw);
    case 'tcp':
    case 'http':
    case 'https': {
      const url = parseGoUrl(`tcp://${rest}`);
      rejectBasePath(url.path);
      const { hostname, port } = urlHostnamePort(url.host);
      // Go's HTTP transport fills a missing port from the request scheme, which the client derives from TLS.
      return { kind: 'tcp', host: hostname || 'localhost', port: toPort(port || (tls ? '443' : '80')) };
    }
    default:
      throw unsupported(proto);
  }
}

/** `net.JoinHostPort`. */
export function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function unsupported(proto: string): HostSyntaxError {
  if (proto === 'fd') {
    return new HostSyntaxError(
      'fd:// is a daemon-side listener (socket activation); a client cannot connect to it',
    );
  }
  return new HostSyntaxError(`unsupported scheme "${proto}://" (use unix://, npipe://, tcp:// or ssh://)`);
}

/** `parseSimpleProtoAddr`. */
function socketPath(proto: string, rest: string, fallback: string): string {
  const path = rest.startsWith(`${proto}://`) ? rest.slice(proto.length + 3) : rest;
  if (path.includes('://')) throw new HostSyntaxError(`invalid proto, expected ${proto}`);
  return path === '' ? fallback : path;
}

/** `opts.ParseTCPAddr`: note the default port is 2375 even when TLS is on; only an empty host means 2376. */
function parseTcp(tryAddr: string): HostAddress {
  if (tryAddr === '' || tryAddr === 'tcp://') return { kind: 'tcp', host: 'localhost', port: 2375 };
  let addr = tryAddr.startsWith('tcp://') ? tryAddr.slice(6) : tryAddr;
  if (addr === '' || addr.includes('://')) throw new HostSyntaxError('invalid proto, expected tcp');
  if (addr.endsWith(']:')) addr += DEFAULT_TCP_PORT;
  const url = parseGoUrl(`tcp://${addr}`);
  const hp = splitHostPort(url.host) ?? splitHostPort(joinHostPort(url.host, DEFAULT_TCP_PORT));
  if (hp === undefined) throw new HostSyntaxError(`"${tryAddr}" is not host[:port]`);
  rejectBasePath(url.path);
  return { kind: 'tcp', host: hp.host || 'localhost', port: toPort(hp.port || DEFAULT_TCP_PORT) };
}

/** `connhelper/ssh.ParseURL`. */
function parseSsh(value: string): HostAddress {
  const url = parseGoUrl(value);
  let username: string | undefined;
  if (url.userinfo !== undefined) {
    const [user, password] = cut(url.userinfo, ':') ?? [url.userinfo, undefined];
    if (password !== undefined) throw new HostSyntaxError('plain-text password is not supported');
    try {
      username = decodeURIComponent(user);
    } catch {
      throw new HostSyntaxError('invalid user name');
    }
  }
  const { hostname, port } = urlHostnamePort(url.host);
  if (hostname === '') throw new HostSyntaxError('no host specified');
  if (url.query !== '') throw new HostSyntaxError(`extra query after the host: "${url.query}"`);
  if (url.fragment !== '') throw new HostSyntaxError(`extra fragment after the host: "${url.fragment}"`);
  rejectBasePath(url.path);
  const base = { kind: 'ssh', host: hostname, port: toPort(port || '22') } as const;
  return username ? { ...base, username } : base;
}

// docker-modem speaks to `/` and ssh runs a fixed `docker system dial-stdio`: a path would be silently dropped.
function rejectBasePath(path: string): void {
  if (path !== '' && path !== '/') throw new HostSyntaxError(`a path ("${path}") is not supported`);
}

// Go's Atoi accepts any digit run; an out-of-range port only fails later, at dial time, with a worse message.
function toPort(port: string): number {
  const n = Number(port);
  if (!/^\d+$/.test(port) || n > 65535) throw new HostSyntaxError(`port ${port} is out of range`);
  return n;
}

function cut(s: string, sep: string): [string, string] | undefined {
  const i = s.indexOf(sep);
  return i < 0 ? undefined : [s.slice(0, i), s.slice(i + sep.length)];
}

interface GoUrl {
  readonly userinfo: string | undefined;
  readonly host: string;
  readonly path: string;
  readonly query: string;
  readonly fragment: string;
}

const HOST_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:[\]<>"]|%[0-9A-Fa-f]{2}|[\u0080-\uffff])*$/;

/** The part of Go's `url.Parse` the CLI relies on, for `scheme://authority...` strings. */
function parseGoUrl(s: string): GoUrl {
  // Everything that is neither printable ASCII nor non-ASCII: the control characters Go refuses.
  if (/[^ -~\u0080-\uffff]/.test(s)) throw new HostSyntaxError('invalid control character');
  const [beforeFragment, fragment] = cut(s, '#') ?? [s, ''];
  const [beforeQuery, query] = cut(beforeFragment, '?') ?? [beforeFragment, ''];
  const afterScheme = beforeQuery.slice(beforeQuery.indexOf('://') + 3);
  const slash = afterScheme.indexOf('/');
  const authority = slash < 0 ? afterScheme : afterScheme.slice(0, slash);
  const at = authority.lastIndexOf('@');
  const host = authority.slice(at + 1);
  const close = host.startsWith('[') ? host.lastIndexOf(']') : -1;
  if (host.startsWith('[') && close < 0) throw new HostSyntaxError("missing ']' in host");
  const colon = close >= 0 ? close + 1 : host.lastIndexOf(':');
  const colonPort = colon < 0 ? '' : host.slice(colon);
  if (colonPort !== '' && !/^:\d*$/.test(colonPort)) {
    throw new HostSyntaxError(`invalid port "${colonPort}" after host`);
  }
  if (!HOST_CHARS.test(host)) throw new HostSyntaxError(`invalid character in host name "${host}"`);
  return {
    userinfo: at < 0 ? undefined : authority.slice(0, at),
    host,
    path: slash < 0 ? '' : afterScheme.slice(slash),
    query,
    fragment,
  };
}

/** `url.URL.Hostname()` / `Port()`. */
function urlHostnamePort(hostPort: string): { hostname: string; port: string } {
  const colon = hostPort.lastIndexOf(':');
  const hasPort = colon >= 0 && /^:\d*$/.test(hostPort.slice(colon));
  const host = hasPort ? hostPort.slice(0, colon) : hostPort;
  const hostname = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return { hostname, port: hasPort ? hostPort.slice(colon + 1) : '' };
}

/** `net.SplitHostPort`; undefined where Go returns an error. */
function splitHostPort(hostport: string): { host: string; port: string } | undefined {
  const i = hostport.lastIndexOf(':');
  if (i < 0) return undefined;
  let host: string;
  let j = 0;
  let k = 0;
  if (hostport.startsWith('[')) {
    const end = hostport.indexOf(']');
    if (end < 0 || end + 1 !== i) return undefined;
    host = hostport.slice(1, end);
    j = 1;
    k = end + 1;
  } else {
    host = hostport.slice(0, i);
    if (host.includes(':')) return undefined;
  }
  if (hostport.slice(j).includes('[') || hostport.slice(k).includes(']')) return undefined;
  return { host, port: hostport.slice(i + 1) };
}
