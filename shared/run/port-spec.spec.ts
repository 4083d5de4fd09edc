import { describe, expect, it } from 'vitest';
import { expandPortRow, formatPortSpec, parsePortRange, parsePortSpec } from './port-spec.js';
import type { PortRow } from './run-form.js';

const row = (patch: Partial<PortRow>): PortRow => ({
  hostIp: '',
  hostPort: '',
  containerPort: '80',
  protocol: 'tcp',
  ...patch,
});

describe('ports', () => {
  it('reads ports and ranges', () => {
    expect(parsePortRange('80')).toEqual({ start: 80, end: 80 });
    expect(parsePortRange('8000-8010')).toEqual({ start: 8000, end: 8010 });
    expect(parsePortRange('65535')).toEqual({ start: 65535, end: 65535 });
    for (const bad of ['', '0', '99999', 'abc', '80-70', '1-', '-', '80 ', ' 80x']) {
      expect(typeof parsePortRange(bad)).toBe('string');
    }
  });

  it.each([
    ['80', row({})],
    ['8080:80', row({ hostPort: '8080' })],
    ['127.0.0.1:8080:80/udp', row({ hostIp: '127.0.0.1', hostPort: '8080', protocol: 'udp' })],
    ['127.0.0.1::80', row({ hostIp: '127.0.0.1' })],
    ['[::1]:8080:80', row({ hostIp: '::1', hostPort: '8080' })],
    ['8000-8001:80-81', row({ hostPort: '8000-8001', containerPort: '80-81' })],
  ])('parses and formats -p %s', (spec, expected) => {
    expect(parsePortSpec(spec)).toEqual(expected);
    expect(formatPortSpec(expected)).toBe(spec);
  });

  it('refuses malformed -p values', () => {
    for (const bad of ['80/sctp', '[::1:80', 'a:b:c:d']) expect(typeof parsePortSpec(bad)).toBe('string');
  });

  it('expands ranges into one binding per port, as the CLI does', () => {
    expect(expandPortRow(row({ hostPort: '8000-8001', containerPort: '80-81', protocol: 'udp' }))).toEqual([
      { key: '80/udp', hostIp: '', hostPort: '8000' },
      { key: '81/udp', hostIp: '', hostPort: '8001' },
    ]);
    expect(expandPortRow(row({ hostPort: '8000-8010' }))).toEqual([
      { key: '80/tcp', hostIp: '', hostPort: '8000-8010' },
    ]);
    expect(expandPortRow(row({ hostIp: '127.0.0.1' }))).toEqual([
      { key: '80/tcp', hostIp: '127.0.0.1', hostPort: '' },
    ]);
    expect(expandPortRow(row({ containerPort: 'x' }))).toEqual([]);
  });
});
