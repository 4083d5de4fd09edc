/**
 * Berth's one IP parser: IPv4 and IPv6 addresses as numbers (bigint, so both families share one
 * arithmetic), read as Go's net.ParseIP / netip.ParseAddr read them (what the docker CLI and
 * the engine use): no leading zeros in IPv4 octets, no zone ids, at most one `::` standing for
 * at least one zero group, an IPv4 tail only last, no surrounding whitespace. Brackets are the
 * caller's business (`parseBracketedIp`), as they are in Go.
 */
export type IpFamily = 4 | 6;

export interface IpAddress {
  readonly family: IpFamily;
  readonly value: bigint;
}

const V4_OCTET = /^(0|[1-9]\d{0,2})$/;
const V6_GROUP = /^[0-9a-fA-F]{1,4}$/;

export const parseIpv4 = (text: string): bigint | null => {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!V4_OCTET.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
};

const parseGroups = (text: string): bigint[] | null => {
  if (text === '') return [];
  const groups: bigint[] = [];
  const parts = text.split(':');
  for (const [index, part] of parts.entries()) {
    // An embedded IPv4 tail (::ffff:10.0.0.1) counts as two groups.
    if (index === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === null) return null;
      groups.push(v4 >> 16n, v4 & 0xffffn);
    } else {
      if (!V6_GROUP.test(part)) return null;
      groups.push(BigInt(parseInt(part, 16)));
    }
  }
  return groups;
};

export const parseIpv6 = (text: string): bigint | null => {
  if (text.length > 45) return null;
  const halves = text.split('::');
  if (halves.length > 2) return null;
  let groups: bigint[];
  if (halves.length === 2) {
    const head = parseGroups(halves[0] ?? '');
    const tail = parseGroups(halves[1] ?? '');
    if (!head || !tail) return null;
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    groups = [...head, ...Array<bigint>(missing).fill(0n), ...tail];
  } else {
    const all = parseGroups(text);
    if (!all) return null;
    groups = all;
  }
  if (groups.length !== 8) return null;
  return groups.reduce((acc, group) => (acc << 16n) | group, 0n);
};

export const parseIp = (text: string): IpAddress | null => {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === null ? null : { family: 6, value };
  }
  const value = parseIpv4(text);
  return value === null ? null : { family: 4, value };
};

/** An address that may be written in brackets (`[::1]`, as in `-p` and `--add-host`). */
export const parseBracketedIp = (text: string): IpAddress | null =>
  parseIp(text.length > 2 && text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text);

export const isIp = (text: string): boolean => parseIp(text) !== null;

export const bitsOf = (family: IpFamily): number => (family === 4 ? 32 : 128);

export const formatIp = ({ family, value }: IpAddress): string => {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  }
  const groups = Array.from({ length: 8 }, (_, i) => (value >> BigInt((7 - i) * 16)) & 0xffffn);
  // Compress the longest run of two or more zero groups, as RFC 5952 says.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0n) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0n) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
};
