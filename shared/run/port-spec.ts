import type { PortRow, Protocol } from './run-form.js';

export interface PortRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A port or `start-end` as the docker CLI reads it (1–65535; a range may not run backwards).
 * Port 0 is refused: an empty host port already means "the engine picks one".
 */
export const parsePortRange = (text: string): PortRange | string => {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return `"${text}" is not a port number or a range like 8000-8010.`;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  for (const port of [start, end]) {
    if (port < 1 || port > 65535) return `Port ${port} is out of range: use 1–65535.`;
  }
  if (end < start) return `The range ${start}-${end} runs backwards.`;
  return { start, end };
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:.]{2,45}$/;

export const isIpv4 = (text: string): boolean => IPV4.test(text);
export const isIp = (text: string): boolean => IPV4.test(text) || (text.includes(':') && IPV6.test(text));

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
  if (row.hostIp.trim() !== '' && !isIp(row.hostIp.trim())) {
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
  const hostIp = row.hostIp.trim();
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
 * Reads a `-p` value (`[ip:][hostPort:]containerPort[/proto]`, IPv6 in brackets) into a row,
 * so `8080:80/udp` can be pasted; the row is then validated like a typed one.
 */
export const parsePortSpec = (spec: string): PortRow | string => {
  let rest = spec.trim();
  let protocol: Protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    const proto = rest.slice(slash + 1).toLowerCase();
    if (proto !== 'tcp' && proto !== 'udp') return `Unknown protocol "${proto}": use tcp or udp.`;
    protocol = proto;
    rest = rest.slice(0, slash);
  }
  let hostIp = '';
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0 || rest[close + 1] !== ':') return `"${spec}" has an unclosed IPv6 address.`;
    hostIp = rest.slice(1, close);
    rest = rest.slice(close + 2);
  }
  const parts = rest.split(':');
  if (hostIp === '' && parts.length === 3) {
    hostIp = parts.shift() as string;
  } else if (parts.length > 2 || (hostIp !== '' && parts.length !== 2)) {
    return `"${spec}" is not [ip:][hostPort:]containerPort[/protocol].`;
  }
  const containerPort = parts.pop() as string;
  const hostPort = parts.pop() ?? '';
  return { hostIp, hostPort, containerPort, protocol };
};

/** `-p` text for a row: the inverse of parsePortSpec. */
export const formatPortSpec = (row: PortRow): string => {
  const ip = row.hostIp.trim();
  const host = row.hostPort.trim();
  const ipPart = ip === '' ? '' : ip.includes(':') ? `[${ip}]:` : `${ip}:`;
  const hostPart = host === '' && ip === '' ? '' : `${host}:`;
  const proto = row.protocol === 'tcp' ? '' : `/${row.protocol}`;
  return `${ipPart}${hostPart}${row.containerPort.trim()}${proto}`;
};
