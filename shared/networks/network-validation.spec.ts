import { describe, expect, it } from 'vitest';
import type { CreateNetworkRequest } from '../contract/networks.js';
import { staticIpProblem, validateNetworkSpec } from './network-validation.js';

const spec = (over: Partial<CreateNetworkRequest> = {}): CreateNetworkRequest => ({
  name: 'n1',
  driver: 'bridge',
  internal: false,
  attachable: false,
  labels: {},
  options: {},
  ...over,
});

const existing = [
  { name: 'bridge', subnets: ['172.17.0.0/16'] },
  { name: 'other', subnets: ['10.123.8.0/24', 'fd00:8::/64'] },
];

describe('validateNetworkSpec', () => {
  it('accepts a subnet with a gateway and a range inside it', () => {
    expect(
      validateNetworkSpec(
        spec({ ipv4: { subnet: '10.123.0.0/24', gateway: '10.123.0.1', ipRange: '10.123.0.128/25' } }),
        existing,
      ),
    ).toEqual([]);
  });

  it.each([
    [{ subnet: '10.123.0.0/33' }, 'ipv4.subnet', /from 0 to 32/],
    [{ subnet: '300.1.0.0/24' }, 'ipv4.subnet', /not a valid/],
    [{ subnet: 'fd00:1::/64' }, 'ipv4.subnet', /not an IPv4 subnet/],
    [{ subnet: '10.123.0.5/24' }, 'ipv4.subnet', /host bits set; the subnet is 10\.123\.0\.0\/24/],
    [{ subnet: '10.123.0.0/31' }, 'ipv4.subnet', /too small/],
    [
      { subnet: '10.123.0.0/24', gateway: '10.124.0.1' },
      'ipv4.gateway',
      /outside the subnet 10\.123\.0\.0\/24/,
    ],
    [{ subnet: '10.123.0.0/24', gateway: '10.123.0.0' }, 'ipv4.gateway', /network address/],
    [{ subnet: '10.123.0.0/24', gateway: '10.123.0.255' }, 'ipv4.gateway', /broadcast/],
    [{ subnet: '10.123.0.0/24', gateway: 'x' }, 'ipv4.gateway', /not a valid IP/],
    [{ subnet: '10.123.0.0/24', ipRange: '10.123.1.0/25' }, 'ipv4.ipRange', /not inside the subnet/],
    [{ subnet: '10.123.0.0/24', ipRange: '10.123.0.0/23' }, 'ipv4.ipRange', /not inside the subnet/],
    // The engine refuses it ("invalid ip-range 10.10.10.0/16: it should be 10.10.0.0/16").
    [
      { subnet: '10.0.0.0/8', ipRange: '10.10.10.0/16' },
      'ipv4.ipRange',
      /host bits set; the range is 10\.10\.0\.0\/16/,
    ],
    [{ subnet: '10.123.0.0/16' }, 'ipv4.subnet', /overlaps 10\.123\.8\.0\/24 of the network "other"/],
  ])('flags %j at %s', (ipv4, path, message) => {
    const issues = validateNetworkSpec(spec({ ipv4 }), existing);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.path).toBe(path);
    expect(issues[0]?.message).toMatch(message);
  });

  it('checks the IPv6 pool the same way', () => {
    expect(
      validateNetworkSpec(spec({ ipv6: { subnet: 'fd00:123::/64', gateway: 'fd00:123::1' } }), existing),
    ).toEqual([]);
    expect(validateNetworkSpec(spec({ ipv6: { subnet: 'fd00:8::/48' } }), existing)[0]?.message).toMatch(
      /overlaps/,
    );
    expect(validateNetworkSpec(spec({ ipv6: { subnet: '10.0.0.0/8' } }), existing)[0]?.message).toMatch(
      /not an IPv6 subnet/,
    );
  });

  it('refuses a name already taken', () => {
    expect(validateNetworkSpec(spec({ name: 'other' }), existing)).toEqual([
      { path: 'name', message: 'A network named "other" already exists.' },
    ]);
  });
});

describe('staticIpProblem', () => {
  const subnets = ['10.123.0.0/24', 'fd00:123::/64'];
  it('accepts a host address of the subnet', () => {
    expect(staticIpProblem('10.123.0.42', subnets, 4)).toBeNull();
    expect(staticIpProblem('fd00:123::42', subnets, 6)).toBeNull();
  });
  it.each([
    ['10.124.0.42', 4, /outside the subnet 10\.123\.0\.0\/24/],
    ['10.123.0.0', 4, /network address/],
    ['10.123.0.255', 4, /broadcast/],
    ['10.123.0.256', 4, /not a valid IP/],
    ['fd00:123::1', 4, /not an IPv4 address/],
  ] as const)('refuses %s', (ip, family, message) => {
    expect(staticIpProblem(ip, subnets, family)).toMatch(message);
  });
  it('refuses any static address on a network without its own subnet', () => {
    expect(staticIpProblem('172.17.0.9', [], 4)).toMatch(/no IPv4 subnet of its own/);
  });
});
