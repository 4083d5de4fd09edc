import type { PublishedPort } from '../../../shared/contract/containers.js';

export interface PortView {
  readonly key: string;
  /** e.g. `8080→80/tcp`, or `127.0.0.1:8080→80/tcp` when bound to one address. */
  readonly label: string;
  /** Where a browser would reach it; null for non-TCP ports or addresses we cannot link to. */
  readonly url: string | null;
}

const isWildcard = (ip: string): boolean => ip === '' || ip === '0.0.0.0' || ip === '::';

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^[0-9a-fA-F:.]+$/;

/** The host part of a URL for a bound address, or null when it is not a plain IP. */
const urlHost = (ip: string): string | null => {
  if (isWildcard(ip)) return 'localhost';
  const v4 = IPV4.exec(ip);
  if (v4) return v4.slice(1).every((part) => Number(part) <= 255) ? ip : null;
  return ip.includes(':') && IPV6.test(ip) ? `[${ip}]` : null;
};

const validPort = (port: number): boolean => Number.isInteger(port) && port > 0 && port <= 65535;

export const portUrl = (port: PublishedPort): string | null => {
  if (port.protocol !== 'tcp' || !validPort(port.hostPort)) return null;
  const host = urlHost(port.ip);
  if (host === null) return null;
  try {
    const url = new URL(`http://${host}:${port.hostPort}`);
    return `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
};

const hostLabel = (ip: string): string => {
  if (isWildcard(ip)) return '';
  return ip.includes(':') ? `[${ip}]:` : `${ip}:`;
};

/**
 * Docker lists a port published on all interfaces twice (0.0.0.0 and ::); people think of it
 * as one. Sorted by host port so the list reads the same every time.
 */
export const formatPorts = (ports: readonly PublishedPort[]): readonly PortView[] => {
  const seen = new Set<string>();
  const views: (PortView & { readonly hostPort: number; readonly containerPort: number })[] = [];
  for (const port of ports) {
    const host = isWildcard(port.ip) ? '*' : port.ip;
    const key = `${host}|${port.hostPort}|${port.containerPort}|${port.protocol}`;
    if (seen.has(key)) continue;
    seen.add(key);
    views.push({
      key,
      label: `${hostLabel(port.ip)}${port.hostPort}→${port.containerPort}/${port.protocol}`,
      url: portUrl(port),
      hostPort: port.hostPort,
      containerPort: port.containerPort,
    });
  }
  views.sort(
    (a, b) => a.hostPort - b.hostPort || a.containerPort - b.containerPort || a.key.localeCompare(b.key),
  );
  return views.map(({ key, label, url }) => ({ key, label, url }));
};
