import { describe, expect, it } from 'vitest';
import { containsCidr, containsIp, formatCidr, overlaps, parseCidr, type Cidr } from './cidr.js';
import { formatIp, parseIp, type IpAddress } from './ip-address.js';

const ip = (text: string): IpAddress => {
  const r = parseIp(text);
  if (!r) throw new Error(`not an address: ${text}`);
  return r;
};

const cidr = (text: string): Cidr => {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(r.error);
  return r.cidr;
};

describe('parseCidr', () => {
  it.each([
    ['10.123.0.0/24', '10.123.0.0/24'],
    ['10.123.0.7/24', '10.123.0.0/24'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['fd00:123::/64', 'fd00:123::/64'],
    ['FD00:0123:0000::1/48', 'fd00:123::/48'],
    ['::ffff:10.1.2.3/120', '::ffff:a01:200/120'],
  ])('parses %s as %s', (text, normal) => {
    expect(formatCidr(cidr(text))).toBe(normal);
  });

  it.each([
    ['10.123.0.0/33', /prefix length must be a number from 0 to 32/],
    ['300.1.0.0/24', /not a valid IPv4 or IPv6 address/],
    ['10.123.0.0', /needs a prefix length/],
    ['10.123.0/24', /not a valid/],
    ['010.1.0.0/24', /not a valid/],
    ['10.1.0.0/-1', /prefix length/],
    ['10.1.0.0/2x', /prefix length/],
    ['fd00::/129', /from 0 to 128/],
    ['fd00::1::/64', /not a valid/],
    ['fd00:12345::/64', /not a valid/],
    ['1:2:3:4:5:6:7:8:9/64', /not a valid/],
    ['', /needs a prefix length/],
  ])('refuses %s', (text, message) => {
    const r = parseCidr(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });
});

describe('containment and overlap', () => {
  it('knows which addresses a subnet holds, per family', () => {
    const net = cidr('10.123.0.0/24');
    expect(containsIp(net, ip('10.123.0.42'))).toBe(true);
    expect(containsIp(net, ip('10.123.0.255'))).toBe(true);
    expect(containsIp(net, ip('10.123.1.0'))).toBe(false);
    expect(containsIp(net, ip('::a7b:2a'))).toBe(false);
  });

  it('nests and overlaps ranges', () => {
    expect(containsCidr(cidr('10.123.0.0/16'), cidr('10.123.4.0/24'))).toBe(true);
    expect(containsCidr(cidr('10.123.4.0/24'), cidr('10.123.0.0/16'))).toBe(false);
    expect(overlaps(cidr('10.123.0.0/16'), cidr('10.123.4.0/24'))).toBe(true);
    expect(overlaps(cidr('10.123.0.0/24'), cidr('10.123.1.0/24'))).toBe(false);
    expect(overlaps(cidr('fd00::/8'), cidr('10.0.0.0/8'))).toBe(false);
  });

  it('prints IPv6 the short way', () => {
    expect(formatIp(ip('fd00:0:0:0:0:0:0:1'))).toBe('fd00::1');
    expect(formatIp(ip('1:0:0:2:0:0:0:3'))).toBe('1:0:0:2::3');
    expect(formatIp(ip('::'))).toBe('::');
  });
});
