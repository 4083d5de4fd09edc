import { beforeEach, describe, expect, it } from 'vitest';
import type { ImageUpdateCheck } from '../../../shared/contract/image-updates.js';
import type { Client } from '../../ipc/client.js';
import { checkUpdatesFor, forgetUpdate, useUpdatesStore } from './updates-store.js';

const answer = (
  image: string,
  status: ImageUpdateCheck['status'],
  containers: string[],
): ImageUpdateCheck => ({
  image,
  status,
  containers,
  localDigest: null,
  remoteDigest: null,
  message: null,
  checkedAt: 1,
});

/** A client that answers updates.check with fixed results and records what it was asked. */
const fakeClient = (results: ImageUpdateCheck[], asked: unknown[]): Client =>
  ({
    invoke: (channel: string, request: unknown) => {
      asked.push({ channel, request });
      return Promise.resolve(results);
    },
  }) as unknown as Client;

describe('the update answers the list shows', () => {
  beforeEach(() => {
    useUpdatesStore.setState({ byContainer: new Map(), checking: false });
  });

  it('files one answer per image under every container it covers, and asks nothing for no containers', async () => {
    const asked: unknown[] = [];
    const client = fakeClient(
      [answer('app:1', 'available', ['a', 'b']), answer('db:2', 'current', ['c'])],
      asked,
    );
    expect(await checkUpdatesFor(client, [])).toEqual([]);
    expect(asked).toEqual([]);
    await checkUpdatesFor(client, ['a', 'b', 'c']);
    expect(asked).toEqual([{ channel: 'updates.check', request: { containers: ['a', 'b', 'c'] } }]);
    const { byContainer, checking } = useUpdatesStore.getState();
    expect([...byContainer].map(([id, r]) => [id, r.status])).toEqual([
      ['a', 'available'],
      ['b', 'available'],
      ['c', 'current'],
    ]);
    expect(checking).toBe(false);
    forgetUpdate('a');
    expect(useUpdatesStore.getState().byContainer.has('a')).toBe(false);
  });
});
