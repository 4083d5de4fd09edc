import { describe, expect, it, vi } from 'vitest';
import type { ContainerSummary } from '../../shared/contract/containers.js';
import type { EngineStatus } from '../../shared/contract/engine.js';
import { emptyForm } from '../../shared/run/run-form.js';
import { createClient } from './client.js';
import { createFakePort } from './fake-port.fixtures.js';
import { isEngineAnswer, RpcError } from './rpc-error.js';

const connected: EngineStatus = {
  state: 'connected',
  endpoint: { url: 'unix:///var/run/docker.sock', source: 'default' },
  version: { engine: '28.0.0', api: '1.48', os: 'linux', arch: 'amd64' },
};

const lost = { state: 'lost', reason: 'gone', nextAttemptAt: 0 } as const;

const logs = { ref: 'web-1', tail: 1000, timestamps: false, follow: true } as const;

describe('client over an always-open port (Electron)', () => {
  it('says hello before anything else', () => {
    const fake = createFakePort();
    createClient(fake.port);
    expect(fake.posted).toEqual([{ t: 'hello' }]);
  });

  it('sends invokes with increasing ids and resolves each with its own response', async () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const status = client.invoke('engine.status', {});
    const list = client.invoke('containers.list', {});
    expect(fake.posted.slice(1)).toEqual([
      { t: 'invoke', id: 1, channel: 'engine.status', payload: {} },
      { t: 'invoke', id: 2, channel: 'containers.list', payload: {} },
    ]);
    fake.deliver({ t: 'res', id: 2, ok: true, value: [] });
    fake.deliver({ t: 'res', id: 1, ok: true, value: connected });
    await expect(status).resolves.toEqual(connected);
    await expect(list).resolves.toEqual([]);
  });

  it('rejects with an RpcError carrying the envelope', async () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const call = client.invoke('shell.openExternal', { url: 'http://localhost:8080' });
    fake.deliver({
      t: 'res',
      id: 1,
      ok: false,
      error: { code: 'UNSUPPORTED', message: 'This host opens links in the page itself.' },
    });
    const error: unknown = await call.catch((err: unknown) => err);
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({
      code: 'UNSUPPORTED',
      message: 'This host opens links in the page itself.',
    });
  });

  it('refuses a message over the protocol limit without sending it; the link and other calls go on', async () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const env = Array.from({ length: 20 }, (_, i) => ({ key: `V${i}`, value: 'x'.repeat(16_384) }));
    const form = { ...emptyForm('busybox'), env };
    const error: unknown = await client.invoke('run.create', { form }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).code).toBe('VALIDATION');
    expect((error as RpcError).message).toMatch(/too large to send/);
    expect(isEngineAnswer(error)).toBe(false);
    const ended: unknown[] = [];
    client.subscribe(
      'containers.logs',
      { ...logs, ref: 'x'.repeat(300_000) },
      {
        onChunk: () => undefined,
        onEnd: (err) => ended.push(err),
      },
    );
    expect(ended).toEqual([expect.objectContaining({ code: 'VALIDATION' })]);
    expect(fake.posted).toEqual([{ t: 'hello' }]);
    const status = client.invoke('engine.status', {});
    fake.deliver({ t: 'res', id: 3, ok: true, value: connected });
    await expect(status).resolves.toEqual(connected);
  });

  it('ignores responses to ids it never sent', () => {
    const fake = createFakePort();
    createClient(fake.port);
    expect(() => {
      fake.deliver({ t: 'res', id: 99, ok: true, value: null });
    }).not.toThrow();
  });

  it('routes events by channel until the listener unsubscribes', () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const onStatus = vi.fn();
    const onChanged = vi.fn();
    const stop = client.on('engine.status', onStatus);
    client.on('containers.changed', onChanged);
    fake.deliver({ t: 'evt', channel: 'engine.status', payload: connected });
    expect(onStatus).toHaveBeenCalledWith(connected);
    expect(onChanged).not.toHaveBeenCalled();
    stop();
    fake.deliver({ t: 'evt', channel: 'engine.status', payload: connected });
    expect(onStatus).toHaveBeenCalledTimes(1);
  });

  it('delivers batched stream chunks with their byte count and ends the stream', () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const batches: [readonly unknown[], number][] = [];
    const onEnd = vi.fn();
    const stream = client.subscribe(
      'engine.events',
      { types: ['container'] },
      { onChunk: (c, bytes) => batches.push([c, bytes]), onEnd },
    );
    expect(fake.posted.at(-1)).toEqual({
      t: 'sub',
      id: 1,
      channel: 'engine.events',
      payload: { types: ['container'] },
    });
    fake.deliver({ t: 'chunk', id: 1, data: ['a', 'b'], bytes: 0 });
    fake.deliver({ t: 'chunk', id: 1, data: ['c'], bytes: 0 });
    expect(batches).toEqual([
      [['a', 'b'], 0],
      [['c'], 0],
    ]);
    fake.deliver({ t: 'end', id: 1, error: { code: 'NOT_FOUND', message: 'container removed' } });
    expect(onEnd).toHaveBeenCalledWith(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(stream.open).toBe(false);
    stream.unsubscribe();
    expect(fake.posted.filter((m) => m.t === 'unsub')).toEqual([]);
  });

  it('unsubscribing sends unsub once and drops later chunks', () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const onChunk = vi.fn();
    const onEnd = vi.fn();
    const stream = client.subscribe('engine.events', {}, { onChunk, onEnd });
    stream.unsubscribe();
    stream.unsubscribe();
    expect(fake.posted.filter((m) => m.t === 'unsub')).toEqual([{ t: 'unsub', id: 1 }]);
    fake.deliver({ t: 'chunk', id: 1, data: ['late'], bytes: 0 });
    expect(onChunk).not.toHaveBeenCalled();
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('acknowledges each batch by itself unless the caller acknowledges', () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    client.subscribe('containers.stats', { ref: 'web-1' }, { onChunk: vi.fn(), onEnd: vi.fn() });
    fake.deliver({ t: 'chunk', id: 1, data: [{}], bytes: 120 });
    fake.deliver({ t: 'chunk', id: 1, data: [{}], bytes: 0 });
    expect(fake.posted.filter((m) => m.t === 'ack')).toEqual([{ t: 'ack', id: 1, bytes: 120 }]);

    const seen: number[] = [];
    const stream = client.subscribe('containers.logs', logs, {
      onChunk: (_chunks, bytes) => seen.push(bytes),
      onEnd: vi.fn(),
      manualAck: true,
    });
    fake.deliver({ t: 'chunk', id: 2, data: [{ stream: 'stdout', text: 'hi\n' }], bytes: 3 });
    expect(seen).toEqual([3]);
    expect(fake.posted.filter((m) => m.t === 'ack' && m.id === 2)).toEqual([]);
    stream.ack(3);
    stream.ack(0);
    expect(fake.posted.filter((m) => m.t === 'ack' && m.id === 2)).toEqual([{ t: 'ack', id: 2, bytes: 3 }]);
    stream.unsubscribe();
    stream.ack(5);
    expect(fake.posted.filter((m) => m.t === 'ack' && m.id === 2)).toHaveLength(1);
  });

  it('splits an ack above the protocol bound', () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const stream = client.subscribe('containers.logs', logs, {
      onChunk: vi.fn(),
      onEnd: vi.fn(),
      manualAck: true,
    });
    stream.ack(2 ** 31 + 5);
    expect(fake.posted.filter((m) => m.t === 'ack')).toEqual([
      { t: 'ack', id: 1, bytes: 2 ** 31 },
      { t: 'ack', id: 1, bytes: 5 },
    ]);
  });

  it('sends typed input into an open duplex stream, and nothing after it ends', () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const stream = client.subscribe(
      'containers.exec',
      { ref: 'web-1', size: { cols: 80, rows: 24 } },
      { onChunk: vi.fn(), onEnd: vi.fn() },
    );
    stream.input({ data: 'ls\r' });
    stream.input({ resize: { cols: 100, rows: 30 } });
    fake.deliver({ t: 'end', id: 1 });
    stream.input({ data: 'late' });
    expect(fake.posted.filter((m) => m.t === 'input')).toEqual([
      { t: 'input', id: 1, data: { data: 'ls\r' } },
      { t: 'input', id: 1, data: { resize: { cols: 100, rows: 30 } } },
    ]);
  });

  it('runs ready listeners at once when the link is already up', () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const ready = vi.fn();
    client.onReady(ready);
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('dispose rejects open calls, stops listening and closes the port', async () => {
    const fake = createFakePort();
    const client = createClient(fake.port);
    const call = client.invoke('engine.status', {});
    client.dispose();
    await expect(call).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(fake.messageListenerCount).toBe(0);
    expect(fake.closed).toBe(true);
  });
});

describe('client over a port that can drop (WebSocket)', () => {
  it('holds calls until the link first opens, then says hello before them', async () => {
    const fake = createFakePort({ state: 'connecting' });
    const client = createClient(fake.port);
    const ready = vi.fn();
    client.onReady(ready);
    const list = client.invoke('containers.list', {});
    expect(fake.posted).toEqual([]);
    expect(ready).not.toHaveBeenCalled();
    fake.setLink({ state: 'open' });
    expect(fake.posted).toEqual([
      { t: 'hello' },
      { t: 'invoke', id: 1, channel: 'containers.list', payload: {} },
    ]);
    expect(ready).toHaveBeenCalledTimes(1);
    const rows: ContainerSummary[] = [];
    fake.deliver({ t: 'res', id: 1, ok: true, value: rows });
    await expect(list).resolves.toBe(rows);
  });

  it('a subscription cancelled before the link opens is never sent', () => {
    const fake = createFakePort({ state: 'connecting' });
    const client = createClient(fake.port);
    const stream = client.subscribe(
      'containers.exec',
      { ref: 'web-1', size: { cols: 80, rows: 24 } },
      {
        onChunk: vi.fn(),
        onEnd: vi.fn(),
      },
    );
    stream.input({ data: 'ls\r' });
    stream.unsubscribe();
    fake.setLink({ state: 'open' });
    expect(fake.posted).toEqual([{ t: 'hello' }]);
  });

  it('when the link drops: open calls fail, streams end, new calls fail fast', async () => {
    const fake = createFakePort({ state: 'open' });
    const client = createClient(fake.port);
    const call = client.invoke('containers.action', { action: 'stop', refs: ['web-1'] });
    const onEnd = vi.fn();
    const stream = client.subscribe('containers.logs', logs, { onChunk: vi.fn(), onEnd, manualAck: true });
    fake.setLink(lost);
    await expect(call).rejects.toMatchObject({ code: 'BACKEND_LOST' });
    stream.ack(10);
    expect(fake.posted.some((m) => m.t === 'ack')).toBe(false);
    expect(onEnd).toHaveBeenCalledWith(expect.objectContaining({ code: 'BACKEND_LOST' }));
    await expect(client.invoke('engine.status', {})).rejects.toMatchObject({ code: 'BACKEND_LOST' });
    const lateEnd = vi.fn();
    expect(client.subscribe('engine.events', {}, { onChunk: vi.fn(), onEnd: lateEnd }).open).toBe(false);
    expect(lateEnd).toHaveBeenCalledWith(expect.objectContaining({ code: 'BACKEND_LOST' }));
  });

  it('after a reconnect: hello again, ready listeners refetch, ids keep increasing', () => {
    const fake = createFakePort({ state: 'open' });
    const client = createClient(fake.port);
    const ready = vi.fn();
    client.onReady(ready);
    void client.invoke('engine.status', {}).catch(() => undefined);
    fake.setLink(lost);
    fake.setLink({ state: 'connecting' });
    fake.setLink({ state: 'open' });
    void client.invoke('engine.status', {});
    expect(fake.posted).toEqual([
      { t: 'hello' },
      { t: 'invoke', id: 1, channel: 'engine.status', payload: {} },
      { t: 'hello' },
      { t: 'invoke', id: 2, channel: 'engine.status', payload: {} },
    ]);
    expect(ready).toHaveBeenCalledTimes(2);
  });

  it('forwards link changes and reconnect requests', () => {
    const fake = createFakePort({ state: 'connecting' });
    const client = createClient(fake.port);
    const seen: string[] = [];
    client.onLinkChange((s) => seen.push(s.state));
    fake.setLink({ state: 'open' });
    fake.setLink(lost);
    client.reconnectNow();
    expect(seen).toEqual(['connecting', 'open', 'lost']);
    expect(fake.reconnects).toBe(1);
  });
});
