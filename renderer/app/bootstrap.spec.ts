import { beforeEach, describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../shared/contract/containers.js';
import type { EngineStatus } from '../../shared/contract/engine.js';
import type { ServerMessage } from '../../shared/protocol/messages.js';
import { resetContainersStore, useContainersStore } from '../features/containers/containers-store.js';
import { container } from '../features/containers/test-containers.js';
import { resetEngineStore, useEngineStore } from '../features/engine/engine-store.js';
import { clearNotices, useNotificationsStore } from '../lib/notifications-store.js';
import { createFakePort } from '../ipc/fake-port.fixtures.js';
import { bootstrap } from './bootstrap.js';

const connected: EngineStatus = {
  state: 'connected',
  endpoint: { url: 'unix:///var/run/docker.sock', source: 'default' },
  version: { engine: '28.0.0', api: '1.48', os: 'linux', arch: 'amd64' },
};

/** Real transports deliver each message as its own task; microtasks run in between. */
const deliverAsTask = (fake: ReturnType<typeof createFakePort>, message: ServerMessage) =>
  new Promise<void>((resolve) => {
    setTimeout(() => {
      fake.deliver(message);
      resolve();
    }, 0);
  });

/** Container changes are drawn a frame at a time; without frames (Node) a 50 ms timer stands in. */
const afterFrame = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 60);
  });

const names = (): string[] => [...useContainersStore.getState().byId.values()].map((c) => c.name).sort();

describe('bootstrap', () => {
  beforeEach(() => {
    resetContainersStore();
    resetEngineStore();
    clearNotices();
  });

  it('fetches status and list on connect and applies pushes that follow the list', async () => {
    const fake = createFakePort({ state: 'connecting' });
    bootstrap(fake.port);
    fake.setLink({ state: 'open' });
    expect(fake.posted).toEqual([
      { t: 'hello' },
      { t: 'invoke', id: 1, channel: 'engine.status', payload: {} },
      { t: 'invoke', id: 2, channel: 'containers.list', payload: {} },
      { t: 'invoke', id: 3, channel: 'tasks.list', payload: {} },
      { t: 'invoke', id: 4, channel: 'settings.get', payload: {} },
    ]);
    const list: ContainerSummary[] = [
      container({ id: 'a', name: 'web' }),
      container({ id: 'b', name: 'db' }),
    ];
    await deliverAsTask(fake, { t: 'res', id: 1, ok: true, value: connected });
    await deliverAsTask(fake, { t: 'res', id: 2, ok: true, value: list });
    await deliverAsTask(fake, {
      t: 'evt',
      channel: 'containers.changed',
      payload: { reset: false, upserts: [container({ id: 'c', name: 'cache' })], removed: ['b'] },
    });
    await afterFrame();
    expect(names()).toEqual(['cache', 'web']);
    expect(useEngineStore.getState()).toMatchObject({
      status: connected,
      everConnected: true,
      link: { state: 'open' },
    });
  });

  it('refetches after the link comes back, replacing what it had', async () => {
    const fake = createFakePort({ state: 'open' });
    bootstrap(fake.port);
    await deliverAsTask(fake, { t: 'res', id: 2, ok: true, value: [container({ id: 'a', name: 'old' })] });
    await afterFrame();
    fake.setLink({ state: 'lost', reason: 'gone', nextAttemptAt: 0 });
    expect(useEngineStore.getState().link.state).toBe('lost');
    expect(names()).toEqual(['old']);
    fake.setLink({ state: 'open' });
    // Ids 5 to 8 went to the engines list, the CLI's contexts and the swarm's state and services,
    // loaded after the first screen's calls.
    expect(fake.posted.slice(-5)).toEqual([
      { t: 'hello' },
      { t: 'invoke', id: 9, channel: 'engine.status', payload: {} },
      { t: 'invoke', id: 10, channel: 'containers.list', payload: {} },
      { t: 'invoke', id: 11, channel: 'tasks.list', payload: {} },
      { t: 'invoke', id: 12, channel: 'settings.get', payload: {} },
    ]);
    await deliverAsTask(fake, { t: 'res', id: 10, ok: true, value: [container({ id: 'n', name: 'new' })] });
    await afterFrame();
    expect(names()).toEqual(['new']);
    // The calls lost with the link are not reported as errors: the banner already says it.
    expect(useNotificationsStore.getState().notices).toEqual([]);
  });

  it('reports a failed fetch', async () => {
    const fake = createFakePort();
    bootstrap(fake.port);
    await deliverAsTask(fake, {
      t: 'res',
      id: 2,
      ok: false,
      error: { code: 'TIMEOUT', message: 'The engine is not responding.' },
    });
    await deliverAsTask(fake, { t: 'res', id: 1, ok: true, value: connected });
    await deliverAsTask(fake, { t: 'res', id: 3, ok: true, value: [] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useNotificationsStore.getState().notices.map((n) => n.details)).toEqual([
      ['The engine is not responding.'],
    ]);
  });
});
