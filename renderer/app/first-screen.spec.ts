import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClientMessage } from '../../shared/protocol/messages.js';
import { createFakePort, type FakePort } from '../ipc/fake-port.fixtures.js';
import type { Section } from './sections.js';

// The first screen is once per page: each test loads the modules afresh.
const load = async () => {
  vi.resetModules();
  return import('./bootstrap.js');
};

const idOf = (fake: FakePort, channel: string): number => {
  const call = fake.posted.find(
    (m): m is Extract<ClientMessage, { t: 'invoke' }> => m.t === 'invoke' && m.channel === channel,
  );
  if (!call) throw new Error(`${channel} was not asked for`);
  return call.id;
};

const answer = (fake: FakePort, channel: string, value: unknown): void => {
  fake.deliver({ t: 'res', id: idOf(fake, channel), ok: true, value });
};

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const CONNECTED = {
  state: 'connected',
  endpoint: { url: 'unix:///var/run/docker.sock', source: 'default' },
  version: { engine: '28.0.0', api: '1.48', os: 'linux', arch: 'amd64' },
};

const answerFirstScreen = (fake: FakePort): void => {
  answer(fake, 'engine.status', CONNECTED);
  answer(fake, 'containers.list', []);
  answer(fake, 'tasks.list', []);
};

describe('firstScreenWithin', () => {
  let settled: boolean;
  const watch = (promise: Promise<void>): void => {
    settled = false;
    void promise.then(() => {
      settled = true;
    });
  };

  /** A page on `section` whose link has opened, its first render waiting (up to a minute). */
  const opened = async (section: Section): Promise<FakePort> => {
    const { bootstrap, firstScreenWithin } = await load();
    const fake = createFakePort({ state: 'connecting' });
    bootstrap(fake.port);
    watch(firstScreenWithin(section, 60_000));
    fake.setLink({ state: 'open' });
    await flush();
    return fake;
  };

  beforeEach(() => {
    settled = false;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the first state fetch, then lets the first render go', async () => {
    const fake = await opened('containers');
    expect(settled).toBe(false);
    answerFirstScreen(fake);
    await flush();
    expect(settled).toBe(true);
  });

  it('on the services, waits for the engine’s status and the services list, not for the containers list it does not show (nor the slower swarm state)', async () => {
    const fake = await opened('services');
    answer(fake, 'services.list', []);
    await flush();
    expect(settled).toBe(false);
    answer(fake, 'engine.status', CONNECTED);
    await flush();
    expect(settled).toBe(true);
  });

  it('on the containers, still waits for the containers list when the services list is in', async () => {
    const fake = await opened('containers');
    answer(fake, 'services.list', []);
    answer(fake, 'engine.status', CONNECTED);
    await flush();
    expect(settled).toBe(false);
    answer(fake, 'containers.list', []);
    answer(fake, 'tasks.list', []);
    await flush();
    expect(settled).toBe(true);
  });

  it('gives up waiting at the cap: no backend, or an engine slow to answer, still gets its shell', async () => {
    vi.useFakeTimers();
    const { bootstrap, firstScreenWithin } = await load();
    const fake = createFakePort({ state: 'connecting' });
    bootstrap(fake.port);
    watch(firstScreenWithin('containers', 250));
    await vi.advanceTimersByTimeAsync(249);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
  });
});

describe('firstScreenOfHash', () => {
  it('names the swarm screen for the Swarm and Services views only', async () => {
    const { firstScreenOfHash } = await import('./first-screen.js');
    expect(firstScreenOfHash('#/services')).toBe('swarm');
    expect(firstScreenOfHash('#/swarm')).toBe('swarm');
    for (const hash of ['', '#/', '#/containers', '#/system', '#/services/x', '#services', '#/Swarm']) {
      expect(firstScreenOfHash(hash), hash).toBe('all');
    }
  });
});
