import { describe, expect, it } from 'vitest';
import { createClient } from '../../ipc/client.js';
import { createFakePort } from '../../ipc/fake-port.fixtures.js';
import { loadAlertHistory } from './wire-alerts.js';

const historyCalls = (posted: readonly { t: string; channel?: string }[]): number =>
  posted.filter((m) => m.t === 'invoke' && m.channel === 'alerts.history').length;

describe('loadAlertHistory', () => {
  it('asks once when the link first opens, and once again after each reconnect', () => {
    const fake = createFakePort({ state: 'connecting' });
    const stop = loadAlertHistory(createClient(fake.port));
    fake.setLink({ state: 'open' });
    expect(historyCalls(fake.posted)).toBe(1);
    fake.setLink({ state: 'lost', reason: 'gone', nextAttemptAt: 0 });
    fake.setLink({ state: 'open' });
    expect(historyCalls(fake.posted)).toBe(2);
    stop();
    fake.setLink({ state: 'lost', reason: 'gone', nextAttemptAt: 0 });
    fake.setLink({ state: 'open' });
    expect(historyCalls(fake.posted)).toBe(2);
  });

  it('asks once on a link that is already open', () => {
    const fake = createFakePort();
    loadAlertHistory(createClient(fake.port));
    expect(historyCalls(fake.posted)).toBe(1);
  });
});
