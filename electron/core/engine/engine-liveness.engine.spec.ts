import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../backend.js';
import { engineFreezer } from '../testing/engine-freezer.js';
import { startSocketProxy, type SocketProxy } from '../testing/socket-proxy.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const freezer = engineFreezer();

describe.skipIf(!freezer)('a frozen engine (SIGSTOP), on the private test engine', () => {
  let backend: Backend | undefined;
  let proxy: SocketProxy | undefined;
  let dir: string | undefined;
  let frozen = false;

  afterEach(async () => {
    // Whatever failed, the engine comes back for the tests after this one.
    if (frozen) freezer?.thaw();
    frozen = false;
    backend?.dispose();
    backend = undefined;
    await proxy?.kill();
    proxy = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('says "not responding" within 5 s, fails waiting and new calls without a pile-up, recovers within 2 s of SIGCONT', async () => {
    if (!freezer) return;
    dir = mkdtempSync(join(tmpdir(), 'berth-freeze-'));
    // A forwarding proxy in front of the engine counts every request Berth makes.
    proxy = await startSocketProxy(join(dir, 'e.sock'), freezer.socket);
    backend = backendFor(`unix://${proxy.path}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected', 30_000);
    const listed = backend.containers.list().length;

    // Idle and healthy: nothing but the event stream, even while a client keeps asking the model.
    const idleFrom = proxy.requests.length;
    const session = backend.createSession(() => undefined);
    session.receive({ t: 'hello' });
    session.receive({ t: 'invoke', id: 1, channel: 'containers.list', payload: {} });
    await new Promise((r) => setTimeout(r, 3_000));
    expect(proxy.requests.slice(idleFrom)).toEqual([]);

    freezer.freeze();
    frozen = true;
    const frozenAt = Date.now();
    const requestsAtFreeze = proxy.requests.length;
    // Ten calls a view might make at once: they wait on the frozen engine.
    const router = backend.router;
    const waiting = Array.from({ length: 10 }, () => router.invoke('images.list', {}, { clientId: 't' }));
    const status = await waitForStatus(backend, (s) => s.state === 'not-responding', 5_000);
    const detectedIn = Date.now() - frozenAt;
    const requestsAtDetection = proxy.requests.length;
    expect(detectedIn).toBeLessThan(5_000);
    expect(status.state === 'not-responding' && status.reason).toContain('not responding');
    // The waiting calls end at detection (not at their 15 s deadline), as TIMEOUT.
    const results = await Promise.all(waiting);
    expect(Date.now() - frozenAt).toBeLessThan(5_500);
    for (const result of results) expect(result).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
    // The last known list stays.
    expect(backend.containers.list().length).toBe(listed);

    // New calls fail at once and never reach the engine; one ping waits there for its return.
    for (let i = 0; i < 20; i++) {
      const startedAt = Date.now();
      const again = await backend.router.invoke('images.list', {}, { clientId: 't' });
      expect(Date.now() - startedAt).toBeLessThan(100);
      expect(again).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
      session.receive({ t: 'invoke', id: 100 + i, channel: 'containers.list', payload: {} });
    }
    await new Promise((r) => setTimeout(r, 1_000));
    // Before detection: the calls themselves and one ping. After it: only the ping that waits.
    const beforeDetection = proxy.requests.slice(requestsAtFreeze, requestsAtDetection);
    expect(beforeDetection.filter((r) => r.includes('/_ping'))).toHaveLength(1);
    expect(beforeDetection.filter((r) => !r.includes('/_ping')).length).toBeLessThanOrEqual(10 * 3);
    expect(proxy.requests.slice(requestsAtDetection)).toEqual(['GET /_ping HTTP/1.1']);

    freezer.thaw();
    frozen = false;
    const thawedAt = Date.now();
    await waitForStatus(backend, (s) => s.state === 'connected', 2_000);
    expect(Date.now() - thawedAt).toBeLessThan(2_000);
    expect(await backend.router.invoke('images.list', {}, { clientId: 't' })).toMatchObject({ ok: true });
    session.dispose();
  });
});
