import { parseBracketedIp, parseIp } from '../networks/ip-address.js';
import type { PortRow, Protocol } from './run-form.js';

export interface PortRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A port or `start-end` as the docker CLI reads it (go-connections' nat: decimal digits, leading
 * zeros allowed, at most 65535; a range may not run backwards). Port 0, which the CLI accepts,
 * is refused: an empty host port already means "the engine picks one", and a container port 0
 * publishes nothing.
 */
export const parsePortRange = (text: string): PortRange | string => {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!match) return `"${text}" is not a port number or a range like 8000-8010.`;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  for (const port of [start, end]) {
    if (port === 0)
      return 'Port 0 is out of range here: leave the host port empty to let the engine pick one.';
    if (port > 65535) return `Port ${port} is out of range: use 1–65535.`;
  }
  if (end < start) return `The range ${start}-${end} runs backwards.`;
  return { start, end };
};

/** A host IP field: an address, IPv6 optionally in brackets (as `-p [::1]:80:80` writes it). */
const hostIpOf = (text: string): string => {
  const ip = text.trim();
  return ip.length > 2 && ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
};

/** Messages per field of one port row; empty when the row is valid. */
export const portRowProblems = (row: PortRow): Partial<Record<keyof PortRow, string>> => {
  const problems: Partial<Record<keyof PortRow, string>> = {};
  const container = parsePortRange(row.containerPort);
  if (row.containerPort.trim() === '') problems.containerPort = 'Give the container port.';
  else if (typeof container === 'string') problems.containerPort = container;
  if (row.hostPort.trim() !== '') {
    const host = parsePortRange(row.hostPort);
    if (typeof host === 'string') problems.hostPort = host;
    else if (typeof container !== 'string') {
      const hostLength = host.end - host.start;
      const containerLength = container.end - container.start;
      // As the CLI: a host range may serve one container port; otherwise the lengths match.
      if (containerLength !== 0 && hostLength !== containerLength) {
        problems.hostPort = `The host range ${row.hostPort} and the container range ${row.containerPort} differ in length.`;
      }
    }
  }
  if (row.hostIp.trim() !== '' && !parseBracketedIp(row.hostIp.trim())) {
    problems.hostIp = `"${row.hostIp}" is not an IP address.`;
  }
  return problems;
};

export interface PortBinding {
  /** `80/tcp`: the engine's key for ExposedPorts and PortBindings. */
  readonly key: string;
  readonly hostIp: string;
  readonly hostPort: string;
}

/** A valid row as the engine's bindings: ranges become one binding per port, as the CLI does. */
export const expandPortRow = (row: PortRow): PortBinding[] => {
  const container = parsePortRange(row.containerPort);
  if (typeof container === 'string') return [];
  const host = row.hostPort.trim() === '' ? null : parsePortRange(row.hostPort);
  if (typeof host === 'string') return [];
  const hostIp = hostIpOf(row.hostIp);
  const bindings: PortBinding[] = [];
  for (let port = container.start; port <= container.end; port++) {
    const offset = port - container.start;
    let hostPort = '';
    if (host) {
      hostPort =
        container.start === container.end && host.start !== host.end
          ? `${host.start}-${host.end}`
          : String(host.start + offset);
    }
    bindings.push({ key: `${port}/${row.protocol}`, hostIp, hostPort });
  }
  return bindings;
};

/**
 * Reads a `-p` value as go-connections' ParsePortSpec splits it: the last two `:`-separated
 * parts are host and container port, everything before is the IP (so the legacy unbracketed
 * `::1:80:80` works), an IP in brackets loses them, a protocol after the first `/` is
 * lower-cased and an empty one means tcp. sctp, which the CLI also takes, is refused: the run
 * dialog offers tcp and udp only. The row is then validated like a typed one.
 */
export const parsePortSpec = (spec: string): PortRow | string => {
  const parts = spec.split(':');
  const containerPart = parts.pop() as string;
  const hostPort = parts.pop() ?? '';
  let hostIp = parts.join(':');
  const slash = containerPart.indexOf('/');
  const containerPort = slash < 0 ? containerPart : containerPart.slice(0, slash);
  if (containerPort === '') return `"${spec}" names no container port.`;
  const proto =
    slash < 0 || slash === containerPart.length - 1 ? 'tcp' : containerPart.slice(slash + 1).toLowerCase();
  if (proto === 'sctp') return 'sctp is not offered here: use tcp or udp.';
  if (proto !== 'tcp' && proto !== 'udp') return `Unknown protocol "${proto}": use tcp or udp.`;
  if (hostIp.startsWith('[')) {
    const bracketed = /^\[([^[\]]*)\]$/.exec(hostIp);
    if (!bracketed) return `"${hostIp}" is not an IP address in brackets.`;
    hostIp = bracketed[1] as string;
  }
  if (hostIp !== '' && !parseIp(hostIp)) return `"${hostIp}" is not an IP address.`;
  const protocol: Protocol = proto;
  return { hostIp, hostPort, containerPort, protocol };
};

/** `-p` text for a row: the inverse of parsePortSpec. */
export const formatPortSpec = (row: PortRow): string => {
  const ip = hostIpOf(row.hostIp);
  const host = row.hostPort.trim();
  const ipPart = ip === '' ? '' : ip.includes(':') ? `[${ip}]:` : `${ip}:`;
  const hostPart = host === '' && ip === '' ? '' : `${host}:`;
  const proto = row.protocol === 'tcp' ? '' : `/${row.protocol}`;
  return `${ipPart}${hostPart}${row.containerPort.trim()}${proto}`;
};
