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
  let calls = 0;
  const state = { listed: [] as Docker.ContainerInfo[], failing: false };
  const connection = {
    onConnect: () => ({ dispose: () => undefined }),
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
  const event = (id: string, action: string): void => {
    onEvent({ type: 'container', action, id, name: id, timeNano: '0' });
  };
  return { connection, event, state, calls: () => calls };
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ContainerSync', () => {
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
