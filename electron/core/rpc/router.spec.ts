import { describe, expect, it, vi } from 'vitest';
import { everyInvoke, everyStream } from '../testing/every-handler.js';
import { MALFORMED_INVOKES } from '../testing/malformed-messages.js';
import { createRouter, type InvokeHandlers, type StreamHandlers } from './router.js';

const fakeHandlers = () => {
  const calls: string[] = [];
  const record =
    <T>(name: string, value: T) =>
    () => {
      calls.push(name);
      return Promise.resolve(value);
    };
  const handlers: InvokeHandlers = everyInvoke((name) => record(name, null));
  const streams: StreamHandlers = everyStream(() => vi.fn(() => ({ dispose: () => undefined })));
  return { handlers, streams, calls };
};

describe('router', () => {
  it.each(MALFORMED_INVOKES)('refuses $name with $code and runs no service', async ({ json, code }) => {
    const { handlers, streams, calls } = fakeHandlers();
    const router = createRouter(handlers, streams);
    const message = JSON.parse(json) as { channel: string; payload?: unknown };
    const result = await router.invoke(message.channel, message.payload, { clientId: 'test' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe(code);
    expect(calls).toEqual([]);
  });

  it('passes a valid request to its service, parsed', async () => {
    const { handlers, streams, calls } = fakeHandlers();
    const router = createRouter(handlers, streams);
    const result = await router.invoke(
      'containers.action',
      { action: 'stop', refs: ['web-1', 'a1b2c3'] },
      { clientId: 't' },
    );
    expect(result).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['containers.action']);
  });

  it('turns a thrown error into an envelope without a stack', async () => {
    const { handlers, streams } = fakeHandlers();
    const router = createRouter(
      { ...handlers, 'containers.list': () => Promise.reject(new Error('secret internals at /root/x.js:1')) },
      streams,
    );
    const result = await router.invoke('containers.list', {}, { clientId: 't' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Unexpected error in the backend.', text: { key: 'internal' } },
    });
  });

  it('validates stream requests before subscribing', () => {
    const { handlers, streams } = fakeHandlers();
    const router = createRouter(handlers, streams);
    const sink = { push: vi.fn(), end: vi.fn() };
    const bad = router.subscribe('engine.events', { types: ['daemon'] }, sink, { clientId: 't' });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    expect(streams['engine.events']).not.toHaveBeenCalled();
    expect(router.subscribe('engine.events', { types: ['container'] }, sink, { clientId: 't' }).ok).toBe(
      true,
    );
  });
});

describe('shell.openExternal request shape', () => {
  it.each([
    'http://localhost:8080',
    'https://example.com/a?b#c',
    'http://[::1]:8080/',
    'http://127.0.0.1:5000',
  ])('accepts %s', async (url) => {
    const { handlers, streams, calls } = fakeHandlers();
    const result = await createRouter(handlers, streams).invoke(
      'shell.openExternal',
      { url },
      { clientId: 't' },
    );
    expect(result.ok).toBe(true);
    expect(calls).toEqual(['shell.openExternal']);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://',
    'http://a b',
    'http://user@evil.example',
    'ftp://x',
  ])('refuses %s before any handler runs', async (url) => {
    const { handlers, streams, calls } = fakeHandlers();
    const result = await createRouter(handlers, streams).invoke(
      'shell.openExternal',
      { url },
      { clientId: 't' },
    );
    expect(!result.ok && result.error.code).toBe('VALIDATION');
    expect(calls).toEqual([]);
  });

  it('refuses an engine on a channel that cannot take one, in words, and runs nothing', async () => {
    const { handlers, streams, calls } = fakeHandlers();
    const router = createRouter(handlers, streams);
    const refused = await router.invoke('tasks.cancel', { id: 't1', engine: 'ctx:box' }, { clientId: 't' });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'UNSUPPORTED',
        message: '“tasks.cancel” cannot be sent to engine “ctx:box” yet.',
        text: { key: 'channelNotRouted', params: { channel: 'tasks.cancel', engine: 'ctx:box' } },
      },
    });
    const sink = { push: vi.fn(), end: vi.fn() };
    const stream = router.subscribe('tasks.output', { id: 't1', engine: 'ctx:box' }, sink, { clientId: 't' });
    expect(!stream.ok && stream.error.code).toBe('UNSUPPORTED');
    expect(streams['tasks.output']).not.toHaveBeenCalled();
    // A channel whose contract takes an engine is routed as before.
    const routed = await router.invoke(
      'containers.action',
      { action: 'stop', refs: ['b1'], engine: 'ctx:box' },
      { clientId: 't' },
    );
    expect(routed).toEqual({ ok: true, value: null });
    expect(calls).toEqual(['containers.action']);
  });
});
