import { describe, expect, it } from 'vitest';
import type { FirstCall } from '../../shared/protocol/first-calls.js';
import { createClient } from './client.js';
import { createFakePort } from './fake-port.fixtures.js';
import { RpcError } from './rpc-error.js';

const early: readonly FirstCall[] = [
  { id: 1, channel: 'engine.status' },
  { id: 2, channel: 'containers.list' },
];

/** A client over the boot socket, on which the backend ran `early`. */
const setup = () => {
  const fake = createFakePort({ state: 'open' }, early);
  const client = createClient(fake.port);
  const invokes = () => fake.posted.filter((m) => m.t === 'invoke');
  return { fake, client, invokes };
};

const row = { id: 'c1' };
const push = {
  t: 'evt',
  channel: 'containers.changed',
  payload: { reset: false, upserts: [], removed: [] },
} as const;

describe('a client taking the answers to the boot socket’s first calls', () => {
  it('answers the first call on the channel with the answer that came, and sends nothing', async () => {
    const { fake, client, invokes } = setup();
    fake.deliver({ t: 'res', id: 2, ok: true, value: [row] });
    await expect(client.invoke('containers.list', {})).resolves.toEqual([row]);
    expect(invokes()).toEqual([]);
  });

  it('waits for an answer still on its way, under the early id', async () => {
    const { fake, client, invokes } = setup();
    const list = client.invoke('containers.list', {});
    expect(invokes()).toEqual([]);
    fake.deliver({ t: 'res', id: 2, ok: true, value: [row] });
    await expect(list).resolves.toEqual([row]);
  });

  it('hands on a refusal as the call’s own', async () => {
    const { fake, client } = setup();
    fake.deliver({ t: 'res', id: 1, ok: false, error: { code: 'ENGINE_UNREACHABLE', message: 'down' } });
    const error: unknown = await client.invoke('engine.status', {}).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({ code: 'ENGINE_UNREACHABLE' });
  });

  it('takes an early call once; later calls go out numbered after the early ids', () => {
    const { fake, client, invokes } = setup();
    fake.deliver({ t: 'res', id: 2, ok: true, value: [] });
    void client.invoke('containers.list', {});
    void client.invoke('containers.list', {});
    void client.invoke('tasks.list', {});
    expect(invokes()).toEqual([
      { t: 'invoke', id: 3, channel: 'containers.list', payload: {} },
      { t: 'invoke', id: 4, channel: 'tasks.list', payload: {} },
    ]);
  });

  it('asks afresh when a push came after the answer: the answer may be older than the state now', async () => {
    const { fake, client, invokes } = setup();
    fake.deliver({ t: 'res', id: 2, ok: true, value: [row] });
    fake.deliver(push);
    const list = client.invoke('containers.list', {});
    expect(invokes()).toEqual([{ t: 'invoke', id: 3, channel: 'containers.list', payload: {} }]);
    fake.deliver({ t: 'res', id: 3, ok: true, value: [] });
    await expect(list).resolves.toEqual([]);
  });

  it('keeps an answer that came after a push (it is the newer)', async () => {
    const { fake, client, invokes } = setup();
    fake.deliver(push);
    fake.deliver({ t: 'res', id: 2, ok: true, value: [row] });
    await expect(client.invoke('containers.list', {})).resolves.toEqual([row]);
    expect(invokes()).toEqual([]);
  });

  it('does not answer a call with another request from the early one', () => {
    const { fake, client, invokes } = setup();
    fake.deliver({ t: 'res', id: 2, ok: true, value: [row] });
    void client.invoke('containers.list', { engine: 'beng1' });
    expect(invokes()).toEqual([
      { t: 'invoke', id: 3, channel: 'containers.list', payload: { engine: 'beng1' } },
    ]);
  });

  it('keeps them over a link that was still connecting when the client started', async () => {
    const fake = createFakePort({ state: 'connecting' }, early);
    const client = createClient(fake.port);
    fake.setLink({ state: 'open' });
    const list = client.invoke('containers.list', {});
    fake.deliver({ t: 'res', id: 2, ok: true, value: [row] });
    await expect(list).resolves.toEqual([row]);
    expect(fake.posted.filter((m) => m.t === 'invoke')).toEqual([]);
  });

  it('forgets them when the link drops: after a reconnect every call goes out', () => {
    const { fake, client, invokes } = setup();
    fake.deliver({ t: 'res', id: 2, ok: true, value: [row] });
    fake.setLink({ state: 'lost', reason: 'gone', nextAttemptAt: 0 });
    fake.setLink({ state: 'open' });
    void client.invoke('containers.list', {});
    void client.invoke('engine.status', {});
    expect(invokes().map((m) => m.channel)).toEqual(['containers.list', 'engine.status']);
  });

  it('asks again on the next link when the boot socket dies before it opens', async () => {
    const fake = createFakePort({ state: 'connecting' }, early);
    const client = createClient(fake.port);
    const list = client.invoke('containers.list', {});
    // Chromium aborted the handshake (a network link came or went): nothing was run for this page.
    fake.setLink({ state: 'lost', reason: 'aborted', nextAttemptAt: 0 });
    fake.setLink({ state: 'connecting' });
    fake.setLink({ state: 'open' });
    expect(fake.posted.filter((m) => m.t === 'invoke')).toEqual([
      { t: 'invoke', id: 2, channel: 'containers.list', payload: {} },
    ]);
    fake.deliver({ t: 'res', id: 2, ok: true, value: [row] });
    await expect(list).resolves.toEqual([row]);
  });
});
