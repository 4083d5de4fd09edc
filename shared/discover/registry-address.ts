import { DEFAULT_REGISTRY, parseRegistryHost } from '../images/reference.js';

/** The host part of `host[:port]` / `[v6]:port`, brackets removed. */
const hostPart = (address: string): string => {
  if (address.startsWith('[')) return address.slice(1, address.indexOf(']'));
  const colon = address.lastIndexOf(':');
  return colon === -1 ? address : address.slice(0, colon);
};

/**
 * Loopback as the engine sees it: 127.0.0.0/8 is an insecure registry range by default, and
 * `localhost` resolves into it. Only these are spoken to over plain HTTP.
 */
export const isLoopbackRegistry = (address: string): boolean => {
  const host = hostPart(address).toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
};

/** Where the registry's API lives: http for loopback, https for everything else. */
export const registryBaseUrl = (address: string): string =>
  `${isLoopbackRegistry(address) ? 'http' : 'https'}://${address}`;

/**
 * A registry address a person typed (`127.0.0.1:5000`, `https://r.example/`) as the host the
 * CLI keys credentials by; Docker Hub is refused (it has no catalog to browse).
 */
export const parseBrowsableRegistry = (
  input: string,
): { ok: true; address: string } | { ok: false; message: string } => {
  if (!input.trim()) return { ok: false, message: 'Enter a registry address, such as 127.0.0.1:5000.' };
  // A host, or a URL of the registry's root or API (`https://r.example/v2/`); any other path
  // would be silently dropped by the CLI's rule, so it is refused instead.
  const path = input
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/^[^/]*/, '');
  if (!/^(?:\/(?:v2\/?)?)?$/.test(path)) {
    return {
      ok: false,
      message: `"${input.trim().slice(0, 80)}" is not a registry address (e.g. 127.0.0.1:5000).`,
    };
  }
  const parsed = parseRegistryHost(input);
  if (!parsed.ok) return parsed;
  if (parsed.host === DEFAULT_REGISTRY) {
    return { ok: false, message: 'Docker Hub has no catalog to browse: search it instead.' };
  }
  return { ok: true, address: parsed.host };
};
