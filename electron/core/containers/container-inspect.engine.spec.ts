import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend.js';
import {
  docker,
  engineSocketPath,
  removeTestContainers,
  runTestContainer,
  TEST_IMAGE,
} from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'container-inspect';
const ctx = { clientId: 'test' };

describe('inspect and top against the real engine', () => {
  let backend: Backend;
  let running: string;
  let stopped: string;

  beforeAll(async () => {
    [running, stopped] = await Promise.all([
      runTestContainer('berth-inspect-running', SCOPE, ['-e', 'BERTH_PROBE=1'], ['sleep', '4321']),
      runTestContainer('berth-inspect-stopped', SCOPE),
    ]);
    await docker('stop', '-t', '0', stopped);
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    await removeTestContainers(SCOPE);
  });

  it('returns the engine’s inspect document as it is, by name or id', async () => {
    const byName = await backend.router.invoke('containers.inspect', { ref: 'berth-inspect-running' }, ctx);
    expect(byName).toMatchObject({
      ok: true,
      value: {
        Id: running,
        Name: '/berth-inspect-running',
        State: { Running: true, Status: 'running' },
        Config: { Image: TEST_IMAGE, Cmd: ['sleep', '4321'], Labels: { 'berth.test': SCOPE } },
      },
    });
    const env = byName.ok ? (byName.value as { Config: { Env: string[] } }).Config.Env : [];
    expect(env).toContain('BERTH_PROBE=1');
    const byId = await backend.router.invoke('containers.inspect', { ref: running.slice(0, 12) }, ctx);
    expect(byId).toEqual(byName);
  });

  it('says NOT_FOUND with the engine’s message for an unknown container', async () => {
    expect(await backend.router.invoke('containers.inspect', { ref: 'berth-inspect-nope' }, ctx)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such container: berth-inspect-nope' },
    });
    expect(await backend.router.invoke('containers.top', { ref: 'berth-inspect-nope' }, ctx)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No such container: berth-inspect-nope' },
    });
  });

  it('lists the container’s processes with their column titles', async () => {
    const top = await backend.router.invoke('containers.top', { ref: running }, ctx);
    if (!top.ok) throw new Error(top.error.message);
    const { titles, processes } = top.value as { titles: string[]; processes: string[][] };
    expect(titles).toEqual(expect.arrayContaining(['PID', 'CMD']));
    const cmd = titles.indexOf('CMD');
    expect(processes.map((row) => row[cmd])).toContain('sleep 4321');
    for (const row of processes) expect(row).toHaveLength(titles.length);
  });

  it('says CONFLICT with the engine’s message for the processes of a stopped container', async () => {
    expect(await backend.router.invoke('containers.top', { ref: stopped }, ctx)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: `Container ${stopped} is not running` },
    });
  });
});
