import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const SCOPE = 'container-sync';
const COUNT = 30;

describe('live container model against the real engine', () => {
  let dir: string;
  let proxy: SocketProxy;
  let backend: Backend;
  const ids: string[] = [];

  beforeAll(async () => {
    for (let i = 0; i < COUNT; i += 10) {
      const batch = Array.from({ length: Math.min(10, COUNT - i) }, (_, j) =>
        runTestContainer(`berth-sync-${i + j}`, SCOPE),
      );
      ids.push(...(await Promise.all(batch)));
    }
    dir = mkdtempSync(join(tmpdir(), 'berth-sync-'));
    proxy = await startSocketProxy(join(dir, 'count.sock'), engineSocketPath());
    backend = backendFor(`unix://${proxy.path}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    await proxy.kill();
    rmSync(dir, { recursive: true, force: true });
    await removeTestContainers(SCOPE);
  });

  const listCalls = (from: number) =>
    proxy.requests.slice(from).filter((r) => r.includes('/containers/json'));

  it('makes no engine call while idle besides the event stream', async () => {
    const before = proxy.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(proxy.requests.slice(before)).toEqual([]);
  });

  it('refreshes only the container an event names, with one filtered list call', async () => {
    const target = ids[3] ?? '';
    const before = proxy.requests.length;
    await docker('pause', target);
    // The row takes "paused" from the event itself; the one filtered list call follows.
    await eventually(() => expect(backend.containers.get(target)?.state).toBe('paused'), 1_000);
    await eventually(() => expect(listCalls(before).length).toBeGreaterThanOrEqual(1), 2_000);
    const calls = listCalls(before);
    // One, or a re-check or two while the engine's list still says "running" (it logs the event first).
    expect(calls.length).toBeLessThanOrEqual(3);
    for (const call of calls) expect(call).toContain(`"id":["${target}"]`);
    await docker('unpause', target);
  });

  it('inspects each death once, for the list and the alert together', async () => {
    const dying = ids.slice(5, 9);
    const before = proxy.requests.length;
    const inspects = (id: string) =>
      proxy.requests.slice(before).filter((r) => r.includes(`/containers/${id}/json`)).length;
    await docker('kill', ...dying);
    // The list's facts (restart count, OOM) and the alert monitor's decision both read the death.
    await eventually(() => {
      for (const id of dying) expect(inspects(id)).toBeGreaterThanOrEqual(1);
    }, 3_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const id of dying) expect(inspects(id)).toBe(1);
  });

  it('coalesces a burst of changes into a few calls, each filtered to what changed', async () => {
    await eventually(() => expect(backend.containers.get(ids[3] ?? '')?.state).toBe('running'), 1_000);
    const burst = ids.slice(10, 30);
    const before = proxy.requests.length;
    let events = 0;
    const counting = backend.connection.onEvent((e) => {
      if (burst.includes(e.id)) events++;
    });
    await docker('kill', ...burst);
    await eventually(() => {
      for (const id of burst) expect(backend.containers.get(id)?.state).toBe('exited');
    }, 2_000);
    counting.dispose();
    const calls = listCalls(before);
    // Each kill emits kill and die events, spread over seconds on a busy engine: fewer calls than
    // events (coalesced), at most two per changed container (die re-checks), each filtered.
    expect(events).toBeGreaterThanOrEqual(2 * burst.length);
    expect(calls.length).toBeLessThan(events);
    expect(calls.length).toBeLessThanOrEqual(2 * burst.length);
    for (const call of calls) expect(call).toContain('"id":[');
    // Containers outside the burst were never listed again (but ids[3], unpaused just before: the
    // re-checks of its own change, while the engine's list still said "paused", may land here).
    const untouched = ids.slice(0, 10).filter((id) => id !== ids[3]);
    for (const id of untouched) for (const call of calls) expect(call).not.toContain(id);
  });
});
