import { describe, expect, it } from 'vitest';
import type { LinkStatus } from './port.js';
import {
  createWebSocketPort,
  webSocketProtocols,
  webSocketUrl,
  type WebSocketPortDeps,
} from './web-socket-port.js';

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

const setup = () => {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
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
  };
  const port = createWebSocketPort('ws://127.0.0.1:4411/ws', webSocketProtocols('tok-123'), deps);
  const statuses: LinkStatus[] = [];
  port.onLinkChange?.((s) => statuses.push(s));
  const runTimer = () => {
    const timer = timers.shift();
    if (!timer) throw new Error('no timer scheduled');
    now += timer.ms;
    timer.fn();
  };
  return { port, sockets, timers, statuses, runTimer };
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
