import { bitsOf, formatIp, parseIp, type IpAddress, type IpFamily } from './ip-address.js';

/** A parsed `address/prefix`; `base` is the address with the host bits cleared. */
export interface Cidr {
  readonly family: IpFamily;
  readonly base: bigint;
  readonly prefix: number;
  /** The address as written (may have host bits set, e.g. 10.0.0.1/24). */
  readonly address: bigint;
}

export type CidrResult =
  { readonly ok: true; readonly cidr: Cidr } | { readonly ok: false; readonly error: string };

const PREFIX = /^\d{1,3}$/;

const mask = (family: IpFamily, prefix: number): bigint => {
  const bits = BigInt(bitsOf(family));
  const all = (1n << bits) - 1n;
  return prefix === 0 ? 0n : (all >> (bits - BigInt(prefix))) << (bits - BigInt(prefix));
};

/** Parses `10.123.0.0/24` or `fd00:1::/64` and says precisely what is wrong otherwise. */
export const parseCidr = (text: string): CidrResult => {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash < 0) return { ok: false, error: `"${trimmed}" needs a prefix length, like 10.123.0.0/24.` };
  const ip = parseIp(trimmed.slice(0, slash));
  if (!ip) return { ok: false, error: `"${trimmed.slice(0, slash)}" is not a valid IPv4 or IPv6 address.` };
  const prefixText = trimmed.slice(slash + 1);
  const max = bitsOf(ip.family);
  if (!PREFIX.test(prefixText) || Number(prefixText) > max) {
    return { ok: false, error: `The prefix length must be a number from 0 to ${max}, not "${prefixText}".` };
  }
  const prefix = Number(prefixText);
  return {
    ok: true,
    cidr: { family: ip.family, base: ip.value & mask(ip.family, prefix), prefix, address: ip.value },
  };
};

export const cidrSize = (cidr: Cidr): bigint => 1n << BigInt(bitsOf(cidr.family) - cidr.prefix);

export const lastAddress = (cidr: Cidr): bigint => cidr.base + cidrSize(cidr) - 1n;

export const formatCidr = (cidr: Cidr): string =>
  `${formatIp({ family: cidr.family, value: cidr.base })}/${cidr.prefix}`;

export const containsIp = (cidr: Cidr, ip: IpAddress): boolean =>
  ip.family === cidr.family && ip.value >= cidr.base && ip.value <= lastAddress(cidr);

/** `inner` lies wholly inside `outer`. */
export const containsCidr = (outer: Cidr, inner: Cidr): boolean =>
  outer.family === inner.family &&
  inner.prefix >= outer.prefix &&
  inner.base >= outer.base &&
  lastAddress(inner) <= lastAddress(outer);

export const overlaps = (a: Cidr, b: Cidr): boolean =>
  a.family === b.family && a.base <= lastAddress(b) && b.base <= lastAddress(a);
