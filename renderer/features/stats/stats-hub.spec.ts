import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatsSample } from '../../../shared/contract/container-detail.js';
import { createClient } from '../../ipc/client.js';
import { createFakePort } from '../../ipc/fake-port.fixtures.js';
import { createStatsHub } from './stats-hub.js';

const sample = (at: number): StatsSample => ({
  at,
  cpuPercent: 1,
  memoryUsage: 1,
  memoryLimit: 2,
  memoryPercent: 50,
  networkRx: 0,
  networkTx: 0,
  blockRead: 0,
  blockWrite: 0,
  pids: 1,
});

const setup = () => {
  const fake = createFakePort({ state: 'open' });
  const client = createClient(fake.port);
  const hub = createStatsHub(client, 1000);
  const subs = () => fake.posted.filter((m) => m.t === 'sub');
  const unsubs = () => fake.posted.filter((m) => m.t === 'unsub');
  return { fake, hub, subs, unsubs };
};

describe('stats hub', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens one stream per container however many hold it', () => {
    const { hub, subs } = setup();
    const releaseRow = hub.hold('web-1');
    const releaseDetail = hub.hold('web-1');
    hub.hold('db');
    expect(subs().map((m) => m.payload)).toEqual([{ ref: 'web-1' }, { ref: 'db' }]);
    releaseRow();
    releaseDetail();
    expect(hub.openStreams).toBe(2);
  });

  it('keeps samples outside React and tells listeners', () => {
    const { hub, fake } = setup();
    const listener = vi.fn();
    hub.listen('web-1', listener);
    hub.hold('web-1');
    fake.deliver({ t: 'chunk', id: 1, data: [sample(1), sample(2)], bytes: 200 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(hub.view('web-1')?.latest?.at).toBe(2);
    expect(hub.view('web-1')?.history.size).toBe(2);
    expect(fake.posted.filter((m) => m.t === 'ack')).toEqual([{ t: 'ack', id: 1, bytes: 200 }]);
  });

  it('lingers after the last release, then unsubscribes', () => {
    const { hub, unsubs } = setup();
    const release = hub.hold('web-1');
    release();
    release();
    vi.advanceTimersByTime(500);
    const again = hub.hold('web-1');
    vi.advanceTimersByTime(2000);
    expect(unsubs()).toEqual([]);
    again();
    vi.advanceTimersByTime(1000);
    expect(unsubs()).toEqual([{ t: 'unsub', id: 1 }]);
    expect(hub.view('web-1')).toBeUndefined();
  });

  it('says why samples stopped and restarts for a new holder', () => {
    const { hub, fake, subs } = setup();
    hub.hold('web-1');
    fake.deliver({ t: 'end', id: 1 });
    expect(hub.view('web-1')?.problem).toMatch(/stopped/);
    hub.hold('web-1');
    expect(subs()).toHaveLength(2);
    expect(hub.view('web-1')?.problem).toBeUndefined();
  });

  it('reopens held streams after the link comes back', () => {
    const { hub, fake, subs } = setup();
    hub.hold('web-1');
    fake.setLink({ state: 'lost', reason: 'x', nextAttemptAt: 0 });
    expect(hub.view('web-1')?.problem).toMatch(/Reconnecting/);
    fake.setLink({ state: 'open' });
    expect(subs()).toHaveLength(2);
  });
});
