import type { ServerMessage } from '../../shared/protocol/messages.js';
import { firstCallsFor } from '../../shared/protocol/first-calls.js';
import type { BootSocket } from '../boot/boot-socket.js';
import type { LinkStatus, Port } from './port.js';
import { reconnectDelay } from './reconnect-delay.js';
import { translate } from '../i18n/index.js';
import { ipcMessages } from './messages.js';

export interface WebSocketPortDeps {
  readonly createSocket: (url: string, protocols: readonly string[]) => WebSocket;
  readonly now: () => number;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  readonly random: () => number;
  /** Runs `fn` as its own task, soon (no timer clamping). */
  readonly defer: (fn: () => void) => void;
}

/** A MessageChannel runs each posted callback as its own task, without setTimeout's nesting clamp. */
const channelDefer = (): ((fn: () => void) => void) => {
  let channel: MessageChannel | null = null;
  const queue: (() => void)[] = [];
  return (fn) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => queue.shift()?.();
    }
    queue.push(fn);
    channel.port2.postMessage(null);
  };
};

const browserDeps: WebSocketPortDeps = {
  createSocket: (url, protocols) => new WebSocket(url, [...protocols]),
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
  random: Math.random,
  defer: channelDefer(),
};

/** `WebSocket.CONNECTING` and `OPEN`, spelled out so the module loads where no WebSocket global exists (unit tests). */
const CONNECTING = 0;
const OPEN = 1;

const isServerMessage = (value: unknown): value is ServerMessage =>
  typeof value === 'object' && value !== null && typeof (value as { t?: unknown }).t === 'string';

/**
 * A port over a WebSocket that comes back by itself: any close (the backend restarting, a
 * sleep/wake) is reported as "lost" and retried with backoff until it opens again. Its first
 * socket may be the boot script's (`boot`), with what that received meanwhile.
 */
export const createWebSocketPort = (
  url: string,
  protocols: readonly string[],
  deps: WebSocketPortDeps = browserDeps,
  boot: BootSocket | null = null,
): Port => {
  const messageListeners = new Set<(message: ServerMessage) => void>();
  const linkListeners = new Set<(status: LinkStatus) => void>();
  let status: LinkStatus = { state: 'connecting' };
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer: unknown = null;
  let closed = false;
  /**
   * Messages not yet handed on, delivered one per task as a socket would: a list answer's
   * `.then` must run before the push that followed it on the wire is dispatched. Live messages
   * queue behind them, so the order holds.
   */
  let backlog: string[] = [];

  const setStatus = (next: LinkStatus): void => {
    status = next;
    for (const listener of [...linkListeners]) listener(next);
  };

  const scheduleReconnect = (reason: string): void => {
    attempt++;
    const delay = reconnectDelay(attempt, deps.random);
    setStatus({ state: 'lost', reason, nextAttemptAt: deps.now() + delay });
    timer = deps.setTimer(connect, delay);
  };

  const deliver = (data: string): void => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      return;
    }
    if (!isServerMessage(parsed)) return;
    for (const listener of [...messageListeners]) listener(parsed);
  };

  const drain = (): void => {
    const next = backlog.shift();
    if (next !== undefined) deliver(next);
    if (backlog.length > 0) deps.defer(drain);
  };

  const attach = (ws: WebSocket, openAlready: boolean): void => {
    let opened = openAlready;
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return;
      opened = true;
      attempt = 0;
      setStatus({ state: 'open' });
    };
    ws.onmessage = (event: MessageEvent) => {
      if (socket !== ws || typeof event.data !== 'string') return;
      if (backlog.length > 0) backlog.push(event.data);
      else deliver(event.data);
    };
    // Browsers fire "error" then "close"; acting on close alone handles every way a socket ends.
    ws.onclose = () => {
      if (socket !== ws || closed) return;
      socket = null;
      backlog = [];
      scheduleReconnect(
        opened
          ? translate(ipcMessages, 'backendLost')
          : // A browser cannot tell a refused upgrade (new token after a restart) from a dead server.
            translate(ipcMessages, 'backendSilent'),
      );
    };
  };

  function connect(): void {
    if (closed) return;
    timer = null;
    if (status.state !== 'connecting') setStatus({ state: 'connecting' });
    attach(deps.createSocket(url, protocols), false);
  }

  /** The boot socket, if it is still alive: its early calls are this link's. */
  const adopt = (taken: BootSocket): boolean => {
    const state = taken.socket.readyState;
    if (state !== CONNECTING && state !== OPEN) return false;
    attach(taken.socket, state === OPEN);
    if (state === OPEN) status = { state: 'open' };
    backlog = [...taken.received];
    if (backlog.length > 0) deps.defer(drain);
    return true;
  };

  const adopted = boot !== null && adopt(boot);
  const early = adopted ? firstCallsFor(boot.screen) : [];
  // A boot socket that already closed counts for nothing: this is the page's first attempt.
  if (!adopted) connect();

  return {
    early,
    post(message) {
      if (socket?.readyState === OPEN) socket.send(JSON.stringify(message));
    },
    onMessage(listener) {
      messageListeners.add(listener);
      return () => messageListeners.delete(listener);
    },
    onLinkChange(listener) {
      linkListeners.add(listener);
      listener(status);
      return () => linkListeners.delete(listener);
    },
    reconnectNow() {
      if (closed || status.state !== 'lost') return;
      deps.clearTimer(timer);
      connect();
    },
    close() {
      closed = true;
      backlog = [];
      deps.clearTimer(timer);
      socket?.close();
      socket = null;
    },
  };
};
