import type { AddressPool, CreateNetworkRequest } from '../contract/networks.js';
import { containsCidr, containsIp, formatCidr, lastAddress, overlaps, parseCidr, type Cidr } from './cidr.js';
import { parseIp, type IpFamily } from './ip-address.js';

export interface FieldIssue {
  /** Dotted field path in the create request, e.g. `ipv4.gateway`. */
  readonly path: string;
  readonly message: string;
}

/** What an existing network contributes to the overlap check. */
export interface ExistingNetwork {
  readonly name: string;
  readonly subnets: readonly string[];
}

const FAMILY_NAME: Record<IpFamily, string> = { 4: 'IPv4', 6: 'IPv6' };

/** IPv4 subnets smaller than this leave no room for a gateway and one container. */
const MAX_V4_PREFIX = 30;
const MAX_V6_PREFIX = 126;

const checkPool = (
  key: 'ipv4' | 'ipv6',
  pool: AddressPool,
  existing: readonly ExistingNetwork[],
): FieldIssue[] => {
  const family: IpFamily = key === 'ipv4' ? 4 : 6;
  const issues: FieldIssue[] = [];
  const parsed = parseCidr(pool.subnet);
  if (!parsed.ok) return [{ path: `${key}.subnet`, message: parsed.error }];
  const subnet = parsed.cidr;
  if (subnet.family !== family) {
    return [{ path: `${key}.subnet`, message: `${pool.subnet} is not an ${FAMILY_NAME[family]} subnet.` }];
  }
  if (subnet.address !== subnet.base) {
    issues.push({
      path: `${key}.subnet`,
      message: `${pool.subnet} has host bits set; the subnet is ${formatCidr(subnet)}.`,
    });
  }
  const maxPrefix = family === 4 ? MAX_V4_PREFIX : MAX_V6_PREFIX;
  if (subnet.prefix > maxPrefix) {
    issues.push({
      path: `${key}.subnet`,
      message: `/${subnet.prefix} is too small: it leaves no room for a gateway and a container (at most /${maxPrefix}).`,
    });
  }
  if (pool.ipRange !== undefined) {
    const range = parseCidr(pool.ipRange);
    if (!range.ok) issues.push({ path: `${key}.ipRange`, message: range.error });
    else if (range.cidr.address !== range.cidr.base) {
      // The engine refuses it ("invalid ip-range …: it should be …"), as it refuses a subnet.
      issues.push({
        path: `${key}.ipRange`,
        message: `${pool.ipRange} has host bits set; the range is ${formatCidr(range.cidr)}.`,
      });
    } else if (!containsCidr(subnet, range.cidr)) {
      issues.push({
        path: `${key}.ipRange`,
        message: `The IP range ${pool.ipRange} is not inside the subnet ${formatCidr(subnet)}.`,
      });
    }
  }
  if (pool.gateway !== undefined) {
    const problem = addressProblem(pool.gateway, [subnet], 'The gateway');
    if (problem) issues.push({ path: `${key}.gateway`, message: problem });
  }
  for (const network of existing) {
    for (const text of network.subnets) {
      const other = parseCidr(text);
      if (other.ok && overlaps(subnet, other.cidr)) {
        issues.push({
          path: `${key}.subnet`,
          message: `${formatCidr(subnet)} overlaps ${formatCidr(other.cidr)} of the network "${network.name}".`,
        });
      }
    }
  }
  return issues;
};

/**
 * Why `text` cannot be a host address in one of `subnets` (outside all of them, the network
 * address, the IPv4 broadcast address), or null when it can.
 */
const addressProblem = (text: string, subnets: readonly Cidr[], what: string): string | null => {
  const ip = parseIp(text);
  if (!ip) return `${what} "${text}" is not a valid IP address.`;
  const subnet = subnets.find((s) => containsIp(s, ip));
  if (!subnet) {
    const names = subnets.filter((s) => s.family === ip.family).map(formatCidr);
    return names.length === 0
      ? `${what} ${text} is ${FAMILY_NAME[ip.family]}, but the network has no ${FAMILY_NAME[ip.family]} subnet.`
      : `${what} ${text} is outside the subnet ${names.join(', ')}.`;
  }
  if (ip.value === subnet.base && subnet.prefix < (ip.family === 4 ? 31 : 127)) {
    return `${what} ${text} is the subnet's network address.`;
  }
  if (ip.family === 4 && subnet.prefix < 31 && ip.value === lastAddress(subnet)) {
    return `${what} ${text} is the subnet's broadcast address.`;
  }
  return null;
};

/**
 * Everything wrong with a create request, by field: CIDR syntax, family, host bits, size, range
 * and gateway inside the subnet, overlaps with existing networks. Empty: the engine may try.
 */
export const validateNetworkSpec = (
  spec: CreateNetworkRequest,
  existing: readonly ExistingNetwork[],
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (existing.some((n) => n.name === spec.name)) {
    issues.push({ path: 'name', message: `A network named "${spec.name}" already exists.` });
  }
  if (spec.ipv4) issues.push(...checkPool('ipv4', spec.ipv4, existing));
  if (spec.ipv6) issues.push(...checkPool('ipv6', spec.ipv6, existing));
  return issues;
};

/**
 * Checks a static address for a container on a network with these subnets. A network without
 * subnets of that family cannot take a static address of it.
 */
export const staticIpProblem = (
  text: string,
  subnets: readonly string[],
  family: IpFamily,
): string | null => {
  const ip = parseIp(text);
  if (!ip) return `"${text}" is not a valid IP address.`;
  if (ip.family !== family) return `${text} is not an ${FAMILY_NAME[family]} address.`;
  const parsed = subnets.flatMap((s) => {
    const r = parseCidr(s);
    return r.ok ? [r.cidr] : [];
  });
  if (!parsed.some((s) => s.family === family)) {
    return `This network has no ${FAMILY_NAME[family]} subnet of its own, so it cannot give a container a static ${FAMILY_NAME[family]} address.`;
  }
  return addressProblem(text, parsed, 'The address');
};
