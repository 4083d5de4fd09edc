import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../ipc/client.js';
import { createFakePort } from '../ipc/fake-port.fixtures.js';
import { clearNotices, useNotificationsStore } from './notifications-store.js';
import { createLinkOpener } from './open-link.js';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLinkOpener', () => {
  beforeEach(clearNotices);

  it('asks the host first; on UNSUPPORTED opens in the page, then skips asking', async () => {
    const fake = createFakePort();
    const openWindow = vi.fn();
    const open = createLinkOpener(createClient(fake.port), openWindow);
    const first = open('http://localhost:8080');
    expect(fake.posted.at(-1)).toEqual({
      t: 'invoke',
      id: 1,
      channel: 'shell.openExternal',
      payload: { url: 'http://localhost:8080' },
    });
    fake.deliver({ t: 'res', id: 1, ok: false, error: { code: 'UNSUPPORTED', message: 'no' } });
    await first;
    expect(openWindow).toHaveBeenCalledWith('http://localhost:8080');
    await open('http://localhost:9090');
    expect(openWindow).toHaveBeenLastCalledWith('http://localhost:9090');
    expect(fake.posted).toHaveLength(2);
  });

  it('leaves it to the host when the host opens links', async () => {
    const fake = createFakePort();
    const openWindow = vi.fn();
    const done = createLinkOpener(createClient(fake.port), openWindow)('http://127.0.0.1:80');
    fake.deliver({ t: 'res', id: 1, ok: true, value: { opened: true } });
    await done;
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('reports other failures and never opens non-http links', async () => {
    const fake = createFakePort();
    const openWindow = vi.fn();
    const open = createLinkOpener(createClient(fake.port), openWindow);
    await open('javascript:alert(1)');
    const failing = open('http://localhost:1');
    fake.deliver({ t: 'res', id: 1, ok: false, error: { code: 'VALIDATION', message: 'bad url' } });
    await failing;
    await flush();
    expect(openWindow).not.toHaveBeenCalled();
    expect(useNotificationsStore.getState().notices.map((n) => n.title)).toEqual([
      'Not opening javascript:alert(1)',
      'Could not open http://localhost:1',
    ]);
  });
});
