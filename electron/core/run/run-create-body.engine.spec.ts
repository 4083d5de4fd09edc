import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyForm } from '../../../shared/run/run-form.js';
import type { Backend } from '../backend.js';
import {
  docker,
  engineSocketPath,
  removeTestContainers,
  TEST_IMAGE,
  TEST_LABEL,
} from '../testing/docker-cli.js';
import { startSocketProxy, type SocketProxy } from '../testing/socket-proxy.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'run-create-body';
const ctx = { clientId: 'test' };

describe('creating a container sends its settings in the body, not the URL', () => {
  let dir: string;
  let proxy: SocketProxy;
  let backend: Backend;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'berth-create-body-'));
    // A forwarding proxy records each request line Berth sends the engine.
    proxy = await startSocketProxy(join(dir, 'e.sock'), engineSocketPath());
    backend = backendFor(`unix://${proxy.path}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    await proxy.kill();
    await removeTestContainers(SCOPE);
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a container publishing a 59,001-port range (the engine answered 431 when it rode in the URL)', async () => {
    const name = `berth-create-range-${Date.now()}`;
    const result = await backend.router.invoke(
      'run.create',
      {
        form: {
          ...emptyForm(TEST_IMAGE),
          name,
          // Created, never started: starting would bind 59,001 ports on the shared engine.
          start: false,
          ports: [
            { hostIp: '127.0.0.1', hostPort: '1000-60000', containerPort: '1000-60000', protocol: 'tcp' },
          ],
          labels: [{ key: TEST_LABEL, value: SCOPE }],
        },
      },
      ctx,
    );
    expect(result).toMatchObject({ ok: true, value: { name, started: false } });
    const bindings = JSON.parse(
      await docker('inspect', '--format', '{{json .HostConfig.PortBindings}}', name),
    ) as Record<string, { HostIp: string; HostPort: string }[]>;
    expect(Object.keys(bindings)).toHaveLength(59_001);
    expect(bindings['4242/tcp']).toEqual([{ HostIp: '127.0.0.1', HostPort: '4242' }]);
  });

  it('keeps environment values (secrets) out of the request line', async () => {
    const name = `berth-create-env-${Date.now()}`;
    const secret = `s3cret-${Date.now()}`;
    const result = await backend.router.invoke(
      'run.create',
      {
        form: {
          ...emptyForm(TEST_IMAGE),
          name,
          start: false,
          env: [{ key: 'TOKEN', value: secret }],
          labels: [{ key: TEST_LABEL, value: SCOPE }],
        },
      },
      ctx,
    );
    expect(result).toMatchObject({ ok: true });
    const create = proxy.requests.filter((line) => line.includes('/containers/create'));
    expect(create.at(-1)).toBe(`POST /containers/create?name=${name} HTTP/1.1`);
    expect(create.join('\n')).not.toContain(secret);
    expect(await docker('inspect', '--format', '{{range .Config.Env}}{{println .}}{{end}}', name)).toContain(
      `TOKEN=${secret}`,
    );
  });
});
