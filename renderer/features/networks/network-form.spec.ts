import { describe, expect, it } from 'vitest';
import type { NetworkSummary } from '../../../shared/contract/networks.js';
import { EMPTY_NETWORK_FORM, fieldErrorsFrom, formToRequest } from './network-form.js';

const existing: NetworkSummary[] = [
  {
    id: 'b',
    name: 'bridge',
    driver: 'bridge',
    scope: 'local',
    internal: false,
    attachable: false,
    ipv6: false,
    builtin: true,
    created: '',
    labels: {},
    subnets: [{ subnet: '172.17.0.0/16', gateway: '172.17.0.1', ipRange: null }],
    containers: [],
  },
];

describe('formToRequest', () => {
  it('builds a request from a valid form, leaving empty optional fields out', () => {
    expect(
      formToRequest(
        {
          ...EMPTY_NETWORK_FORM,
          name: ' net1 ',
          subnet: '10.123.0.0/24',
          gateway: '10.123.0.1',
          labels: 'a=1\nb=2',
          options: 'com.docker.network.bridge.name=br-x',
          internal: true,
        },
        existing,
      ),
    ).toEqual({
      ok: true,
      request: {
        name: 'net1',
        driver: 'bridge',
        ipv4: { subnet: '10.123.0.0/24', gateway: '10.123.0.1' },
        internal: true,
        attachable: false,
        labels: { a: '1', b: '2' },
        options: { 'com.docker.network.bridge.name': 'br-x' },
      },
    });
  });

  it('asks for encryption only on an overlay network', () => {
    const overlay = formToRequest(
      { ...EMPTY_NETWORK_FORM, name: 'ov', driver: 'overlay', encrypted: true },
      existing,
    );
    expect(overlay.ok && overlay.request).toMatchObject({ driver: 'overlay', encrypted: true });
    const bridge = formToRequest({ ...EMPTY_NETWORK_FORM, name: 'br', encrypted: true }, existing);
    expect(bridge.ok && 'encrypted' in bridge.request).toBe(false);
  });

  it('puts every problem on its field', () => {
    const r = formToRequest(
      {
        ...EMPTY_NETWORK_FORM,
        name: '-bad',
        subnet: '172.17.5.0/24',
        ipRange: '10.0.0.0/8',
        labels: '=x',
        ipv6: true,
      },
      existing,
    );
    expect(r.ok).toBe(false);
    const errors = r.ok ? {} : r.errors;
    expect(errors.name).toMatch(/letters, digits/);
    expect(errors.subnet).toMatch(/overlaps 172\.17\.0\.0\/16 of the network "bridge"/);
    expect(errors.ipRange).toMatch(/not inside the subnet/);
    expect(errors.labels).toMatch(/key before "=" is missing/);
    expect(errors.ipv6Subnet).toMatch(/IPv6 needs a subnet/);
  });

  it('asks for a subnet when a gateway is given alone', () => {
    const r = formToRequest({ ...EMPTY_NETWORK_FORM, name: 'n', gateway: '10.0.0.1' }, []);
    expect(!r.ok && r.errors.subnet).toMatch(/needs a subnet/);
  });

  it('maps backend issue paths onto fields', () => {
    expect(
      fieldErrorsFrom([
        { path: 'ipv4.gateway', message: 'g' },
        { path: 'ipv6.subnet', message: 's6' },
        { path: 'labels.x y', message: 'l' },
        { path: 'weird', message: 'w' },
      ]),
    ).toEqual({ gateway: 'g', ipv6Subnet: 's6', labels: 'l', name: 'w' });
  });
});
