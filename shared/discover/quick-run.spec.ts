import { describe, expect, it } from 'vitest';
import { validateForm } from '../run/validate-form.js';
import { baseNameOf, publishedUrl, quickRunForm, uniqueName } from './quick-run.js';

const none = { containers: new Set<string>(), volumes: new Set<string>() };

describe("Kitematic's one-click defaults", () => {
  it('names the container after the repository, suffixed when taken', () => {
    expect(baseNameOf('127.0.0.1:5000/team/web:1.0')).toBe('web');
    expect(baseNameOf('nginx')).toBe('nginx');
    expect(baseNameOf('ghcr.io/o/app@sha256:' + 'a'.repeat(64))).toBe('app');
    expect(uniqueName('web', new Set(['web', 'web-2']))).toBe('web-3');
  });

  it('publishes every EXPOSEd port on 127.0.0.1 with the host port left to the engine', () => {
    const form = quickRunForm('r/app:1', { exposedPorts: ['80/tcp', '53/udp'], volumes: [] }, none);
    expect(form.ports).toEqual([
      { hostIp: '127.0.0.1', hostPort: '', containerPort: '80', protocol: 'tcp' },
      { hostIp: '127.0.0.1', hostPort: '', containerPort: '53', protocol: 'udp' },
    ]);
    expect(form).toMatchObject({ name: 'app', image: 'r/app:1', start: true, publishAll: false });
    expect(validateForm(form)).toEqual({});
  });

  it('gives every VOLUME a new named volume, never one that exists', () => {
    const form = quickRunForm(
      'db:1',
      { exposedPorts: [], volumes: ['/var/lib/data', '/srv/'] },
      { containers: new Set(['db']), volumes: new Set(['db-2-var-lib-data']) },
    );
    expect(form.name).toBe('db-2');
    expect(form.mounts).toEqual([
      { kind: 'volume', source: 'db-2-var-lib-data-2', target: '/var/lib/data', readOnly: false },
      { kind: 'volume', source: 'db-2-srv', target: '/srv/', readOnly: false },
    ]);
    expect(validateForm(form)).toEqual({});
  });

  it('offers the first published TCP port as a URL', () => {
    expect(
      publishedUrl([
        { hostIp: '127.0.0.1', hostPort: 0, protocol: 'tcp' },
        { hostIp: '127.0.0.1', hostPort: 5353, protocol: 'udp' },
        { hostIp: '127.0.0.1', hostPort: 49153, protocol: 'tcp' },
      ]),
    ).toBe('http://127.0.0.1:49153/');
    expect(publishedUrl([{ hostIp: '::1', hostPort: 8080, protocol: 'tcp' }])).toBe('http://[::1]:8080/');
    expect(publishedUrl([])).toBeNull();
  });
});
