import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
} from '../testing/docker-cli.js';
import { startSocketProxy, type SocketProxy } from '../testing/socket-proxy.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'engine-connection';
const fast = { backoff: { initialMs: 50, maxMs: 400, jitter: 0.1 }, pingTimeoutMs: 1_000 };

describe('engine connection against the real engine', () => {
  let dir: string;
  let backend: Backend | undefined;
  let proxy: SocketProxy | undefined;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'berth-conn-'));
  });
  afterEach(async () => {
    backend?.dispose();
    backend = undefined;
    await proxy?.kill();
    proxy = undefined;
    await removeTestContainers(SCOPE);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects, reports the engine and API version, and lists containers', async () => {
    const id = await runTestContainer('berth-conn-list', SCOPE);
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    const status = await waitForStatus(backend, (s) => s.state === 'connected');
    expect(status.state === 'connected' && status.version.api).toMatch(/^1\.\d+$/);
    expect(status.state === 'connected' && status.endpoint).toEqual({
      url: `unix://${engineSocketPath()}`,
      source: 'DOCKER_HOST',
    });
    expect(backend.containers.get(id)).toMatchObject({ name: 'berth-conn-list', state: 'running' });
  });

  it('says where it looked when there is no engine, and connects when one appears, without a restart', async () => {
    const path = join(dir, 'late.sock');
    backend = backendFor(`unix://${path}`, { connection: fast });
    backend.start();
    const down = await waitForStatus(backend, (s) => s.state === 'unreachable');
    expect(down.state === 'unreachable' && down.reason).toBe(
      `Engine not reachable at unix://${path} (from DOCKER_HOST): no engine socket there.`,
    );
    proxy = await startSocketProxy(path, engineSocketPath());
    await waitForStatus(backend, (s) => s.state === 'connected', 5_000);
  });

  it('after the engine vanishes, shows it within 2 s, reconnects by itself and relists changes made meanwhile', async () => {
    const path = join(dir, 'flaky.sock');
    proxy = await startSocketProxy(path, engineSocketPath());
    const keep = await runTestContainer('berth-conn-keep', SCOPE);
    const gone = await runTestContainer('berth-conn-gone', SCOPE);
    backend = backendFor(`unix://${path}`, { connection: fast });
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
    const changes: boolean[] = [];
    backend.containers.onChange((c) => changes.push(c.reset));

    const killedAt = Date.now();
    await proxy.kill();
    await waitForStatus(backend, (s) => s.state === 'unreachable', 2_000);
    expect(Date.now() - killedAt).toBeLessThan(2_000);
    // The model keeps what it had while the engine is away.
    expect(backend.containers.get(gone)).toBeDefined();

    await docker('stop', '-t', '0', keep);
    await docker('rm', '-f', gone);
    const made = await runTestContainer('berth-conn-new', SCOPE);
    await proxy.revive();
    await waitForStatus(backend, (s) => s.state === 'connected', 5_000);
    expect(changes).toContain(true);
    expect(backend.containers.get(keep)?.state).toBe('exited');
    expect(backend.containers.get(gone)).toBeUndefined();
    expect(backend.containers.get(made)?.state).toBe('running');
  });

  it('fails calls at their deadline with "not responding" when the engine stops answering, without a pile-up', async () => {
    const path = join(dir, 'stall.sock');
    proxy = await startSocketProxy(path, engineSocketPath());
    backend = backendFor(`unix://${path}`, { connection: { ...fast, callTimeoutMs: 500 } });
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
    proxy.setMode('stall');
    const first = await backend.router.invoke(
      'containers.action',
      { action: 'start', refs: ['nope-a'] },
      { clientId: 't' },
    );
    expect(first).toMatchObject({
      ok: true,
      value: [{ ref: 'nope-a', ok: false, error: { code: 'TIMEOUT' } }],
    });
    expect(first.ok && JSON.stringify(first.value)).toContain('not responding');
    // The timeout triggered one health probe; it fails too, so the engine is marked not responding
    // (still connected: the lists stay, the event stream stays open).
    await waitForStatus(
      backend,
      (s) => s.state === 'not-responding' && s.reason.includes('not responding'),
      3_000,
    );
    const connectionsBefore = proxy.openConnections;
    const startedAt = Date.now();
    const again = await backend.router.invoke(
      'containers.action',
      { action: 'start', refs: ['nope-b'] },
      { clientId: 't' },
    );
    expect(Date.now() - startedAt).toBeLessThan(100);
    expect(again).toMatchObject({ ok: true, value: [{ ok: false, error: { code: 'TIMEOUT' } }] });
    expect(proxy.openConnections).toBeLessThanOrEqual(connectionsBefore + 1);
    proxy.setMode('forward');
    await proxy.kill();
    await proxy.revive();
    await waitForStatus(backend, (s) => s.state === 'connected', 5_000);
  });

  it('reflects CLI start, stop, rename and remove in the model within a second, one container at a time', async () => {
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
    const id = await runTestContainer('berth-conn-live', SCOPE);
    await eventually(() => expect(backend?.containers.get(id)?.state).toBe('running'), 1_000);
    await docker('rename', 'berth-conn-live', 'berth-conn-renamed');
    await eventually(() => expect(backend?.containers.get(id)?.name).toBe('berth-conn-renamed'), 1_000);
    await docker('stop', '-t', '0', id);
    await eventually(() => expect(backend?.containers.get(id)?.state).toBe('exited'), 1_000);
    await docker('rm', id);
    await eventually(() => expect(backend?.containers.get(id)).toBeUndefined(), 1_000);
  });
});
