import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StatsSample } from '../../../shared/contract/container-detail.js';
import type { Backend } from '../backend.js';
import type { StreamHandle } from '../rpc/router.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
} from '../testing/docker-cli.js';
import { startSocketProxy, type SocketProxy } from '../testing/socket-proxy.js';
import { subscribe } from '../testing/stream-recorder.js';
import { socketCountingBackend } from '../testing/socket-counting-backend.js';
import { waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'stats-hub';
const MiB = 1024 * 1024;
const UNITS: Readonly<Record<string, number>> = { B: 1, KiB: 1024, MiB, GiB: 1024 * MiB, TiB: 1024 ** 4 };

/** "624KiB" → bytes, as the CLI prints sizes (4 significant digits, binary units). */
const parseSize = (text: string): number => {
  const match = /^([\d.]+)([KMGT]iB|B)$/.exec(text.trim());
  const unit = match?.[2] ? UNITS[match[2]] : undefined;
  if (!match?.[1] || unit === undefined) throw new Error(`not a CLI size: ${text}`);
  return Number(match[1]) * unit;
};

interface CliStats {
  readonly CPUPerc: string;
  readonly MemUsage: string;
}

describe('stats against the real engine', () => {
  let dir: string;
  let proxy: SocketProxy;
  let backend: Backend;
  let idleConnections: number;
  const handles: StreamHandle<unknown>[] = [];

  const openStats = (ref: string) => {
    const opened = subscribe<StatsSample>(backend, 'containers.stats', { ref });
    handles.push(opened.handle);
    return opened;
  };
  const statsRequests = (id: string): number =>
    proxy.requests.filter((line) => line.includes(`/containers/${id}/stats`)).length;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'berth-stats-'));
    proxy = await startSocketProxy(join(dir, 'engine.sock'), engineSocketPath());
    backend = socketCountingBackend(`unix://${proxy.path}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
    // Only the /events stream (its two ends at the proxy) once the handshake's calls are answered.
    idleConnections = await eventually(() => {
      expect(proxy.openConnections).toBe(2);
      return proxy.openConnections;
    });
  });
  afterEach(async () => {
    for (const handle of handles.splice(0)) handle.dispose();
    await removeTestContainers(SCOPE);
  });
  afterAll(async () => {
    backend.dispose();
    await proxy.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('computes CPU from the second sample on, and agrees with `docker stats`', async () => {
    const id = await runTestContainer('berth-stats-burn', SCOPE, [], ['sh', '-c', 'while :; do :; done']);
    const { stream } = openStats(id);
    await eventually(() => expect(stream.chunks.length).toBeGreaterThanOrEqual(2), 10_000);
    expect(stream.chunks[0]?.cpuPercent).toBeNull();
    expect(stream.chunks[1]?.cpuPercent).toBeGreaterThan(50);

    const cli = JSON.parse(await docker('stats', '--no-stream', '--format', '{{json .}}', id)) as CliStats;
    const ours = stream.chunks.at(-1);
    if (!ours) throw new Error('no sample');
    const [cliUsage = '', cliLimit = ''] = cli.MemUsage.split(' / ');
    // Tolerances: memory moves between the two readings and the CLI prints 4 significant digits,
    // so within 10 % or 1 MiB, whichever is larger. CPU is measured over different 1 s windows
    // (ours vs the CLI's), so within 25 percentage points.
    const memoryTolerance = (bytes: number): number => Math.max(0.1 * bytes, MiB);
    expect(Math.abs(ours.memoryUsage - parseSize(cliUsage))).toBeLessThanOrEqual(
      memoryTolerance(ours.memoryUsage),
    );
    expect(Math.abs(ours.memoryLimit - parseSize(cliLimit))).toBeLessThanOrEqual(
      memoryTolerance(ours.memoryLimit),
    );
    expect(Math.abs((ours.cpuPercent ?? 0) - Number.parseFloat(cli.CPUPerc))).toBeLessThanOrEqual(25);
    expect(ours.pids).toBe(1);
    expect(Math.abs(ours.at - Date.now())).toBeLessThan(10_000);
  });

  it('shares one engine stream between subscribers, gives a late one the latest sample at once, and closes with the last', async () => {
    const id = await runTestContainer('berth-stats-shared', SCOPE);
    const first = openStats(id);
    await eventually(() => expect(first.stream.chunks.length).toBeGreaterThanOrEqual(1), 10_000);
    const second = openStats(id);
    // Pushed during subscribe, before the engine's next sample.
    expect(second.stream.chunks).toEqual([first.stream.chunks.at(-1)]);
    await eventually(() => expect(second.stream.chunks.length).toBeGreaterThanOrEqual(2), 10_000);
    expect(second.stream.chunks.at(-1)).toBe(first.stream.chunks.at(-1));
    expect(statsRequests(id)).toBe(1);

    first.handle.dispose();
    const seen = second.stream.chunks.length;
    await eventually(() => expect(second.stream.chunks.length).toBeGreaterThan(seen), 5_000);
    second.handle.dispose();
    await eventually(() => expect(proxy.openConnections).toBe(idleConnections), 2_000);
    expect(first.stream.end).toBeUndefined();
    expect(second.stream.end).toBeUndefined();
  });

  it('ends every subscriber cleanly when the container stops, and when it is removed', async () => {
    const stopping = await runTestContainer('berth-stats-stopping', SCOPE);
    const removed = await runTestContainer('berth-stats-removed', SCOPE);
    const a = openStats(stopping);
    const b = openStats(stopping);
    const c = openStats(removed);
    await eventually(() => {
      expect(a.stream.chunks.length).toBeGreaterThanOrEqual(1);
      expect(c.stream.chunks.length).toBeGreaterThanOrEqual(1);
    }, 10_000);
    await docker('stop', '-t', '0', stopping);
    await docker('rm', '-f', removed);
    expect(await a.stream.ended).toBeUndefined();
    expect(await b.stream.ended).toBeUndefined();
    expect(await c.stream.ended).toBeUndefined();
    await eventually(() => expect(proxy.openConnections).toBe(idleConnections), 2_000);
  });

  it('says a stopped container is not running, and an unknown one is not found', async () => {
    const id = await runTestContainer('berth-stats-stopped', SCOPE);
    await docker('stop', '-t', '0', id);
    const stopped = openStats(id);
    expect(await stopped.stream.ended).toEqual({
      code: 'CONFLICT',
      message: `Container ${id} is not running`,
      text: { key: 'containerNotRunning', params: { ref: id } },
    });
    expect(stopped.stream.chunks).toEqual([]);
    const unknown = openStats('berth-stats-no-such-container');
    expect(await unknown.stream.ended).toEqual({
      code: 'NOT_FOUND',
      message: 'No such container: berth-stats-no-such-container',
    });
  });
});
