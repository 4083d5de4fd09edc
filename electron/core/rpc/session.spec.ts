import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_MESSAGE_BYTES, type ServerMessage } from '../../../shared/protocol/messages.js';
import { everyInvoke, everyStream } from '../testing/every-handler.js';
import { MALFORMED_FRAMES } from '../testing/malformed-messages.js';
import { EventHub } from './event-hub.js';
import { createRouter, type StreamSink } from './router.js';
import { createSession } from './session.js';
import { FLOW } from './subscription.js';

const setup = () => {
  const hub = new EventHub();
  let sink: StreamSink<unknown> | undefined;
  let disposed = 0;
  const flow: string[] = [];
  const inputs: unknown[] = [];
  const open = (s: StreamSink<unknown>) => {
    sink = s;
    return {
      dispose: () => {
        disposed++;
      },
      pause: () => flow.push('pause'),
      resume: () => flow.push('resume'),
      input: (data: unknown) => inputs.push(data),
    };
  };
  const router = createRouter(
    {
      ...everyInvoke(() => () => Promise.reject(new Error('unused'))),
      'engine.status': () => Promise.resolve({ state: 'connecting', endpoint: null, attempt: 1 }),
      'containers.list': () => Promise.resolve([]),
    },
    everyStream(() => (_req, s) => open(s)),
  );
  const sent: ServerMessage[] = [];
  const session = createSession({
    clientId: 'c',
    router,
    hub,
    send: (m) => sent.push(m),
    maxSubscriptions: 2,
  });
  return { hub, session, sent, sink: () => sink, disposed: () => disposed, flow, inputs };
};

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('session', () => {
  it('holds events until the client says hello, then delivers them in order', () => {
    const { hub, session, sent } = setup();
    hub.emit('containers.changed', { reset: true, upserts: [], removed: [] });
    expect(sent).toEqual([]);
    session.receive({ t: 'hello' });
    expect(sent).toEqual([
      { t: 'evt', channel: 'containers.changed', payload: { reset: true, upserts: [], removed: [] } },
    ]);
  });

  it.each(MALFORMED_FRAMES)('answers the unattributable frame %s with a protocol error', (frame) => {
    const { session, sent } = setup();
    let decoded: unknown;
    try {
      decoded = JSON.parse(frame);
    } catch {
      decoded = undefined;
    }
    session.receive(decoded);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ t: 'protocolError', error: { code: 'VALIDATION' } });
  });

  it('batches stream chunks and disposes the stream on unsubscribe and on dispose', async () => {
    const { session, sent, sink, disposed } = setup();
    session.receive({ t: 'sub', id: 1, channel: 'engine.events', payload: {} });
    sink()?.push('a');
    sink()?.push('b');
    await tick();
    expect(sent).toEqual([{ t: 'chunk', id: 1, data: ['a', 'b'], bytes: 0 }]);
    session.receive({ t: 'unsub', id: 1 });
    expect(disposed()).toBe(1);
    expect(session.subscriptionCount).toBe(0);
    session.receive({ t: 'sub', id: 2, channel: 'engine.events', payload: {} });
    session.dispose();
    expect(disposed()).toBe(2);
  });

  it('refuses a second sub with an open id without ending the open stream (the end would name it)', async () => {
    const { session, sent, sink, disposed } = setup();
    session.receive({ t: 'sub', id: 1, channel: 'engine.events', payload: {} });
    const first = sink();
    session.receive({ t: 'sub', id: 1, channel: 'engine.events', payload: {} });
    expect(sent).toEqual([
      {
        t: 'protocolError',
        error: {
          code: 'CONFLICT',
          message: 'Subscription 1 is already open.',
          text: { key: 'subscriptionOpen', params: { id: 1 } },
        },
      },
    ]);
    expect(sink()).toBe(first);
    first?.push('still-open');
    await tick();
    expect(sent.at(-1)).toEqual({ t: 'chunk', id: 1, data: ['still-open'], bytes: 0 });
    expect(disposed()).toBe(0);
    session.receive({ t: 'unsub', id: 1 });
    expect(disposed()).toBe(1);
  });

  it('answers a message over the size limit with VALIDATION for its id, and goes on serving', async () => {
    const { session, sent } = setup();
    const big = MAX_CLIENT_MESSAGE_BYTES + 1;
    session.receive({ t: 'invoke', id: 7, channel: 'containers.list', payload: {} }, big);
    session.receive({ t: 'sub', id: 8, channel: 'engine.events', payload: {} }, big);
    session.receive({ t: 'hello' }, big);
    expect(sent.map((m) => [m.t, 'id' in m ? m.id : null, 'error' in m ? m.error?.code : null])).toEqual([
      ['res', 7, 'VALIDATION'],
      ['end', 8, 'VALIDATION'],
      ['protocolError', null, 'VALIDATION'],
    ]);
    expect(JSON.stringify(sent[0])).toContain('too large to send (257 KB; at most 256 KB)');
    session.receive(
      { t: 'invoke', id: 9, channel: 'containers.list', payload: {} },
      MAX_CLIENT_MESSAGE_BYTES,
    );
    await tick();
    expect(sent.at(-1)).toEqual({ t: 'res', id: 9, ok: true, value: [] });
  });

  it('caps the number of open subscriptions per client', () => {
    const { session, sent } = setup();
    for (const id of [1, 2, 3]) session.receive({ t: 'sub', id, channel: 'engine.events', payload: {} });
    expect(session.subscriptionCount).toBe(2);
    expect(sent).toEqual([
      {
        t: 'end',
        id: 3,
        error: {
          code: 'CONFLICT',
          message: 'Too many open subscriptions.',
          text: { key: 'tooManySubscriptions' },
        },
      },
    ]);
  });

  it('sends nothing after it is disposed', async () => {
    const { session, sent } = setup();
    session.receive({ t: 'invoke', id: 9, channel: 'engine.status', payload: {} });
    session.dispose();
    await tick();
    expect(sent).toEqual([]);
  });

  it('pauses the source above the high watermark of unacknowledged bytes and resumes below the low one', async () => {
    const { session, sent, sink, flow } = setup();
    session.receive({
      t: 'sub',
      id: 1,
      channel: 'containers.logs',
      payload: { ref: 'web', tail: 10, timestamps: false, follow: true },
    });
    for (let i = 0; i < 20; i++) sink()?.push({ stream: 'stdout', text: 'x' }, FLOW.maxBatchBytes);
    expect(flow).toEqual(['pause']);
    const sentBytes = sent.flatMap((m) => (m.t === 'chunk' ? [m.bytes] : [])).reduce((a, b) => a + b, 0);
    expect(sentBytes).toBe(20 * FLOW.maxBatchBytes);
    session.receive({ t: 'ack', id: 1, bytes: 10 * FLOW.maxBatchBytes });
    expect(flow).toEqual(['pause']);
    session.receive({ t: 'ack', id: 1, bytes: 10 * FLOW.maxBatchBytes });
    expect(flow).toEqual(['pause', 'resume']);
    await tick();
  });

  it('passes validated input to a duplex stream and refuses what its schema does not allow', () => {
    const { session, sent, inputs } = setup();
    session.receive({
      t: 'sub',
      id: 4,
      channel: 'containers.exec',
      payload: { ref: 'web', size: { cols: 80, rows: 24 } },
    });
    session.receive({ t: 'input', id: 4, data: { data: 'ls\r' } });
    session.receive({ t: 'input', id: 4, data: { resize: { cols: 100, rows: 30 } } });
    session.receive({ t: 'input', id: 4, data: { resize: { cols: -1, rows: 30 } } });
    session.receive({ t: 'input', id: 4, data: JSON.parse('{"data":"x","__proto__":1}') as unknown });
    session.receive({ t: 'input', id: 99, data: { data: 'x' } });
    expect(inputs).toEqual([{ data: 'ls\r' }, { resize: { cols: 100, rows: 30 } }]);
    expect(sent.map((m) => m.t === 'protocolError' && m.error.code)).toEqual([
      'VALIDATION',
      'VALIDATION',
      'NOT_FOUND',
    ]);
  });

  it('refuses input to a stream that takes none', () => {
    const { session, sent, inputs } = setup();
    session.receive({ t: 'sub', id: 5, channel: 'engine.events', payload: {} });
    session.receive({ t: 'input', id: 5, data: { data: 'x' } });
    expect(inputs).toEqual([]);
    expect(sent).toMatchObject([{ t: 'protocolError', error: { code: 'VALIDATION' } }]);
  });
});
