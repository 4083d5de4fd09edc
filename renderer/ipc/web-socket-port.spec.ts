import { describe, expect, it } from 'vitest';
import { FIRST_CALLS, type FirstScreen } from '../../shared/protocol/first-calls.js';
import type { BootSocket } from '../boot/boot-socket.js';
import type { LinkStatus } from './port.js';
import { webSocketProtocols, webSocketUrl } from './web-socket-address.js';
import { createWebSocketPort, type WebSocketPortDeps } from './web-socket-port.js';

class FakeSocket {
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocols: readonly string[],
  ) {}
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.();
  }
}

const setup = (boot: BootSocket | null = null) => {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const deferred: (() => void)[] = [];
  let now = 1_000;
  const deps: WebSocketPortDeps = {
    createSocket: (url, protocols) => {
      const socket = new FakeSocket(url, protocols);
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    now: () => now,
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => undefined,
    random: () => 0,
    defer: (fn) => deferred.push(fn),
  };
  const port = createWebSocketPort('ws://127.0.0.1:4411/ws', webSocketProtocols('tok-123'), deps, boot);
  const statuses: LinkStatus[] = [];
  port.onLinkChange?.((s) => statuses.push(s));
  const runTimer = () => {
    const timer = timers.shift();
    if (!timer) throw new Error('no timer scheduled');
    now += timer.ms;
    timer.fn();
  };
  /** Runs one deferred task, as the browser would run the next queued one. */
  const runTask = () => {
    const task = deferred.shift();
    if (!task) throw new Error('no task queued');
    task();
  };
  return { port, sockets, timers, deferred, statuses, runTimer, runTask };
};

describe('webSocketProtocols', () => {
  it('offers ours first and carries the token in the second, on every (re)connect', () => {
    const { sockets } = setup();
    expect(sockets[0]?.protocols).toEqual(['berth.v1', 'berth.token.tok-123']);
  });
});

describe('webSocketUrl', () => {
  it('follows the page: ws for http, wss for https, same host', () => {
    expect(webSocketUrl({ protocol: 'http:', host: '127.0.0.1:4411' })).toBe('ws://127.0.0.1:4411/ws');
    expect(webSocketUrl({ protocol: 'https:', host: 'berth.local' })).toBe('wss://berth.local/ws');
  });
});

describe('createWebSocketPort', () => {
  it('reports connecting, then open, and sends JSON', () => {
    const { port, sockets, statuses } = setup();
    const socket = sockets[0];
    if (!socket) throw new Error('no socket');
    socket.open();
    port.post({ t: 'hello' });
    expect(statuses.map((s) => s.state)).toEqual(['connecting', 'open']);
    expect(socket.sent).toEqual(['{"t":"hello"}']);
  });

  it('parses server messages and ignores garbage', () => {
    const { port, sockets } = setup();
    const got: unknown[] = [];
    port.onMessage((m) => got.push(m));
    const socket = sockets[0];
    socket?.open();
    socket?.onmessage?.({ data: '{"t":"evt","channel":"engine.status","payload":1}' });
    socket?.onmessage?.({ data: 'not json' });
    socket?.onmessage?.({ data: '42' });
    expect(got).toEqual([{ t: 'evt', channel: 'engine.status', payload: 1 }]);
  });

  it('reports a drop as lost with the next attempt time, and reconnects with growing delays', () => {
    const { sockets, statuses, timers, runTimer } = setup();
    sockets[0]?.open();
    sockets[0]?.drop();
    expect(statuses.at(-1)).toEqual({
      state: 'lost',
      reason: 'The connection to the Berth backend was lost.',
      nextAttemptAt: 1_000 + 250,
    });
    runTimer();
    expect(sockets).toHaveLength(2);
    expect(statuses.at(-1)).toEqual({ state: 'connecting' });
    sockets[1]?.drop();
    const last = statuses.at(-1);
    expect(last?.state === 'lost' ? last.reason : '').toMatch(/^The Berth backend is not answering\./);
    expect(timers[0]?.ms).toBe(500);
    runTimer();
    sockets[2]?.open();
    expect(statuses.at(-1)).toEqual({ state: 'open' });
  });

  it('reconnectNow skips the wait; close stops reconnecting', () => {
    const { port, sockets } = setup();
    sockets[0]?.drop();
    port.reconnectNow?.();
    expect(sockets).toHaveLength(2);
    port.close?.();
    sockets[1]?.drop();
    expect(sockets).toHaveLength(2);
  });
});

describe('createWebSocketPort adopting the boot socket', () => {
  const bootSocket = (
    readyState: number,
    received: string[] = [],
    screen: FirstScreen = 'all',
  ): BootSocket & { fake: FakeSocket } => {
    const fake = new FakeSocket('ws://127.0.0.1:4411/ws', []);
    fake.readyState = readyState;
    return { socket: fake as unknown as WebSocket, fake, screen, received };
  };
  const evt = (payload: number): string => JSON.stringify({ t: 'evt', channel: 'engine.status', payload });

  it('takes an open one as the open link, with its early calls, and opens no socket of its own', () => {
    const boot = bootSocket(1);
    const { port, sockets, statuses } = setup(boot);
    expect(sockets).toHaveLength(0);
    expect(statuses).toEqual([{ state: 'open' }]);
    expect(port.early?.map((c) => c.channel)).toContain('containers.list');
    port.post({ t: 'hello' });
    expect(boot.fake.sent).toEqual(['{"t":"hello"}']);
  });

  it("takes a swarm view's boot socket with that screen's early calls: no containers or tasks list", () => {
    const { port } = setup(bootSocket(1, [], 'swarm'));
    const early = port.early ?? [];
    expect(early.map((c) => c.channel)).not.toContain('containers.list');
    expect(early.map((c) => c.channel)).not.toContain('tasks.list');
    // Under the ids the backend answered them with.
    expect(early.find((c) => c.channel === 'services.list')).toEqual(
      FIRST_CALLS.find((c) => c.channel === 'services.list'),
    );
  });

  it('hands on what it received one message per task, in order, live messages behind them', () => {
    const boot = bootSocket(1, [evt(1), evt(2)]);
    const { port, runTask, deferred } = setup(boot);
    const got: unknown[] = [];
    port.onMessage((m) => got.push((m as { payload: unknown }).payload));
    expect(got).toEqual([]);
    boot.fake.onmessage?.({ data: evt(3) });
    runTask();
    expect(got).toEqual([1]);
    runTask();
    expect(got).toEqual([1, 2]);
    runTask();
    expect(got).toEqual([1, 2, 3]);
    expect(deferred).toHaveLength(0);
    boot.fake.onmessage?.({ data: evt(4) });
    expect(got).toEqual([1, 2, 3, 4]);
  });

  it('takes one still connecting and reports it open when it opens', () => {
    const boot = bootSocket(0);
    const { port, sockets, statuses } = setup(boot);
    expect(port.early).not.toHaveLength(0);
    boot.fake.open();
    expect(sockets).toHaveLength(0);
    expect(statuses.map((s) => s.state)).toEqual(['connecting', 'open']);
  });

  it('opens its own socket, with no early calls, when the boot socket has closed', () => {
    const { port, sockets, statuses } = setup(bootSocket(3, [evt(1)]));
    expect(sockets).toHaveLength(1);
    expect(port.early).toEqual([]);
    expect(statuses).toEqual([{ state: 'connecting' }]);
  });

  it('drops what it had not handed on when the socket closes, and reconnects', () => {
    const boot = bootSocket(1, [evt(1)]);
    const { port, sockets, statuses, deferred } = setup(boot);
    const got: unknown[] = [];
    port.onMessage((m) => got.push(m));
    boot.fake.drop();
    for (const task of deferred.splice(0)) task();
    expect(got).toEqual([]);
    expect(statuses.at(-1)?.state).toBe('lost');
    expect(sockets).toHaveLength(0);
  });
});
