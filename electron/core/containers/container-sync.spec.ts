import type Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../shared/contract/engine.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { ContainerSync } from './container-sync.js';

const row = (id: string, state: string): Docker.ContainerInfo => ({
  Id: id,
  Names: [`/${id}`],
  Image: 'img',
  ImageID: 'sha',
  Command: 'sh',
  Created: 1,
  Ports: [],
  Labels: {},
  State: state,
  Status: state,
  HostConfig: { NetworkMode: 'none' },
  NetworkSettings: { Networks: {} },
  Mounts: [],
});

/** Just what ContainerSync uses of the connection; `listed` is what the "engine" answers. */
const fakeConnection = () => {
  let onEvent: (e: EngineEvent) => void = () => undefined;
  let onConnect: (client: Docker, signal: AbortSignal) => Promise<void> = () => Promise.resolve();
  let calls = 0;
  const state = { listed: [] as Docker.ContainerInfo[], failing: false };
  const connection = {
    onConnect: (hook: typeof onConnect) => {
      onConnect = hook;
      return { dispose: () => undefined };
    },
    onEvent: (listener: (e: EngineEvent) => void) => {
      onEvent = listener;
      return { dispose: () => undefined };
    },
    call: <T>(fn: (client: Docker, signal: AbortSignal) => Promise<T>): Promise<T> => {
      calls++;
      if (state.failing) return Promise.reject(new Error('engine away'));
      const client = { listContainers: () => Promise.resolve(state.listed) } as unknown as Docker;
      return fn(client, new AbortController().signal);
    },
  } as unknown as EngineConnection;
  const event = (id: string, action: string, extra: Partial<EngineEvent> = {}): void => {
    onEvent({ type: 'container', action, id, name: id, timeNano: '0', ...extra });
  };
  /** A reconnect's full relist, whose engine answers `rows` only when `answer` is called. */
  const relist = (): { done: Promise<void>; answer: (rows: Docker.ContainerInfo[]) => void } => {
    let answer: (rows: Docker.ContainerInfo[]) => void = () => undefined;
    const rows = new Promise<Docker.ContainerInfo[]>((resolve) => (answer = resolve));
    const client = { listContainers: () => rows } as unknown as Docker;
    return { done: onConnect(client, new AbortController().signal), answer };
  };
  return { connection, event, state, relist, calls: () => calls };
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ContainerSync', () => {
  it('shows pause and unpause from their events while the list is still behind', async () => {
    const fake = fakeConnection();
    const sync = new ContainerSync(fake.connection, { coalesceMs: 1 });
    fake.state.listed = [{ ...row('a', 'running'), Status: 'Up 2 minutes' }];
    fake.event('a', 'start');
    await wait(20);
    // dockerd logs "pause" before its list shows it: the list answers "running" for a while.
    fake.event('a', 'pause');
    expect(sync.get('a')).toMatchObject({ state: 'paused', status: 'Up 2 minutes (Paused)' });
    await wait(100);
    expect(sync.get('a')?.state).toBe('paused');
    fake.state.listed = [{ ...row('a', 'paused'), Status: 'Up 2 minutes (Paused)' }];
    fake.event('a', 'unpause');
    expect(sync.get('a')).toMatchObject({ state: 'running', status: 'Up 2 minutes' });
    await wait(100);
    expect(sync.get('a')?.state).toBe('running');
    sync.dispose();
  });

  it('lists again what changed while a relist was in flight: its answer may predate the change', async () => {
    const fake = fakeConnection();
    const sync = new ContainerSync(fake.connection, { coalesceMs: 1 });
    const reconnect = fake.relist();
    // The engine unpaused the container after answering the relist, before its answer arrived.
    fake.state.listed = [row('a', 'running')];
    fake.event('a', 'unpause');
    await wait(20);
    reconnect.answer([row('a', 'paused')]);
    await reconnect.done;
    await wait(20);
    expect(sync.get('a')?.state).toBe('running');
    sync.dispose();
  });

  it('shows a death from its event at once, and keeps it while the list still says running', async () => {
    const fake = fakeConnection();
    const sync = new ContainerSync(fake.connection, { coalesceMs: 1 });
    const changes: string[] = [];
    sync.onChange((c) => changes.push(...c.upserts.map((u) => `${u.id}:${u.state}:${String(u.exitCode)}`)));
    fake.state.listed = [row('a', 'running')];
    fake.event('a', 'start');
    await wait(20);
    expect(sync.get('a')?.state).toBe('running');
    // dockerd sends "die" before its list says the container stopped.
    fake.event('a', 'die', { exitCode: 3 });
    expect(sync.get('a')).toMatchObject({ state: 'exited', exitCode: 3 });
    // Pushed right after this round of I/O (with whatever else it changed), before any list.
    const calls = fake.calls();
    await new Promise((resolve) => setImmediate(resolve));
    expect(changes.at(-1)).toBe('a:exited:3');
    expect(fake.calls()).toBe(calls);
    await wait(100);
    expect(sync.get('a')?.state).toBe('exited');
    // The engine catches up; a later start runs it again, as the list then says.
    fake.state.listed = [{ ...row('a', 'exited'), Status: 'Exited (3) 1 second ago' }];
    fake.event('a', 'stop');
    await wait(20);
    expect(sync.get('a')).toMatchObject({ state: 'exited', exitCode: 3 });
    fake.state.listed = [row('a', 'running')];
    fake.event('a', 'start');
    await wait(20);
    expect(sync.get('a')?.state).toBe('running');
    sync.dispose();
  });

  it('keeps flushing after a change listener throws', async () => {
    const fake = fakeConnection();
    const sync = new ContainerSync(fake.connection, { coalesceMs: 1 });
    sync.onChange(() => {
      throw new Error('listener bug');
    });
    fake.state.listed = [row('a', 'running')];
    fake.event('a', 'start');
    await wait(20);
    fake.state.listed = [row('a', 'exited')];
    fake.event('a', 'stop');
    await wait(20);
    expect(sync.get('a')?.state).toBe('exited');
    sync.dispose();
  });

  it('stops retrying once disposed', async () => {
    const fake = fakeConnection();
    const sync = new ContainerSync(fake.connection, { coalesceMs: 1 });
    fake.state.failing = true;
    fake.event('a', 'start');
    await wait(20);
    sync.dispose();
    const after = fake.calls();
    await wait(700);
    expect(fake.calls()).toBe(after);
  });

  it('pushes the changes of one round of events as one change', async () => {
    const fake = fakeConnection();
    const sync = new ContainerSync(fake.connection, { coalesceMs: 50 });
    const pushes: string[][] = [];
    sync.onChange((c) => pushes.push(c.upserts.map((u) => `${u.id}:${u.state}`)));
    fake.state.listed = [row('a', 'running'), row('b', 'running'), row('c', 'running')];
    for (const id of ['a', 'b', 'c']) fake.event(id, 'start');
    await wait(100);
    pushes.length = 0;
    // One read of the event stream brings three deaths (and a second event for one of them).
    fake.event('a', 'die', { exitCode: 1 });
    fake.event('b', 'die', { exitCode: 1 });
    fake.event('c', 'die', { exitCode: 1 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(pushes).toEqual([['a:exited', 'b:exited', 'c:exited']]);
    sync.dispose();
  });

  it('costs no engine call for destroy and for quiet actions', async () => {
    const fake = fakeConnection();
    const sync = new ContainerSync(fake.connection, { coalesceMs: 1 });
    fake.event('a', 'exec_start: sh');
    fake.event('a', 'top');
    fake.event('a', 'destroy');
    await wait(20);
    expect(fake.calls()).toBe(0);
    sync.dispose();
  });
});
