import { describe, expect, it } from 'vitest';
import type { PublishedPort } from '../../../shared/contract/containers.js';
import { formatPorts, portUrl } from './port-format.js';

const port = (
  ip: string,
  hostPort: number,
  containerPort = 80,
  protocol: PublishedPort['protocol'] = 'tcp',
) => ({
  ip,
  hostPort,
  containerPort,
  protocol,
});

describe('formatPorts', () => {
  it('shows a port published on 0.0.0.0 and :: once, linked to localhost', () => {
    expect(formatPorts([port('0.0.0.0', 8080), port('::', 8080)])).toEqual([
      { key: '*|8080|80|tcp', label: '8080→80/tcp', url: 'http://localhost:8080' },
    ]);
  });

  it('names the address when bound to one', () => {
    expect(formatPorts([port('127.0.0.1', 8080)])).toEqual([
      { key: '127.0.0.1|8080|80|tcp', label: '127.0.0.1:8080→80/tcp', url: 'http://127.0.0.1:8080' },
    ]);
    expect(formatPorts([port('::1', 9000, 9000)])[0]).toMatchObject({
      label: '[::1]:9000→9000/tcp',
      url: 'http://[::1]:9000',
    });
  });

  it('keeps tcp and udp apart and links only tcp', () => {
    const views = formatPorts([port('0.0.0.0', 53, 53, 'udp'), port('0.0.0.0', 53, 53, 'tcp')]);
    expect(views.map((v) => [v.label, v.url])).toEqual([
      ['53→53/tcp', 'http://localhost:53'],
      ['53→53/udp', null],
    ]);
  });

  it('sorts by host port', () => {
    expect(formatPorts([port('', 9090), port('', 80), port('', 443)]).map((v) => v.label)).toEqual([
      '80→80/tcp',
      '443→80/tcp',
      '9090→80/tcp',
    ]);
  });
});

describe('portUrl', () => {
  it('refuses anything that is not a plain address and a valid port', () => {
    expect(portUrl(port('evil.example/x', 80))).toBeNull();
    expect(portUrl(port('300.1.1.1', 80))).toBeNull();
    expect(portUrl(port('0.0.0.0', 0))).toBeNull();
    expect(portUrl(port('0.0.0.0', 70000))).toBeNull();
  });
});
