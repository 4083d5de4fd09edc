import { describe, expect, it } from 'vitest';
import { applyImagePrefill, cloneName, hostPortsToCheck, portInUseMessage } from './dialog-helpers.js';
import { emptyForm, emptyPortRow } from './run-form.js';

describe('dialog helpers', () => {
  it('prefills exposed ports with suggested host ports into an empty port list only', () => {
    const image = {
      exposedPorts: ['8080/tcp', '53/udp', '9000/tcp'],
      suggestedHostPorts: { '8080/tcp': 8080, '53/udp': 41000 },
    };
    expect(applyImagePrefill(emptyForm('x'), image).ports).toEqual([
      { hostIp: '', hostPort: '8080', containerPort: '8080', protocol: 'tcp' },
      { hostIp: '', hostPort: '41000', containerPort: '53', protocol: 'udp' },
      { hostIp: '', hostPort: '', containerPort: '9000', protocol: 'tcp' },
    ]);
    const mine = { ...emptyForm('x'), ports: [emptyPortRow()] };
    expect(applyImagePrefill(mine, image)).toBe(mine);
  });

  it('asks only about valid single host ports, keeping their row', () => {
    const form = {
      ...emptyForm('x'),
      ports: [
        { hostIp: '', hostPort: '8080', containerPort: '80', protocol: 'tcp' as const },
        { hostIp: '', hostPort: '99999', containerPort: '80', protocol: 'tcp' as const },
        { hostIp: '127.0.0.1', hostPort: '9000-9001', containerPort: '90-91', protocol: 'tcp' as const },
        { hostIp: ' 127.0.0.1 ', hostPort: '53', containerPort: '53', protocol: 'udp' as const },
      ],
    };
    expect(hostPortsToCheck(form)).toEqual([
      { row: 0, hostIp: '', hostPort: 8080, protocol: 'tcp' },
      { row: 3, hostIp: '127.0.0.1', hostPort: 53, protocol: 'udp' },
    ]);
  });

  it('names the port and what holds it', () => {
    expect(portInUseMessage({ hostPort: 8080, protocol: 'tcp', inUseBy: null })).toBeNull();
    expect(portInUseMessage({ hostPort: 8080, protocol: 'tcp', inUseBy: { kind: 'host' } })).toBe(
      'Host port 8080 is already in use on this machine.',
    );
    expect(
      portInUseMessage({ hostPort: 53, protocol: 'udp', inUseBy: { kind: 'container', name: 'dns' } }),
    ).toBe('Host port 53/udp is already published by container dns.');
  });

  it('finds a free clone name', () => {
    expect(cloneName('web', new Set())).toBe('web-copy');
    expect(cloneName('web', new Set(['web-copy', 'web-copy-2']))).toBe('web-copy-3');
  });
});
