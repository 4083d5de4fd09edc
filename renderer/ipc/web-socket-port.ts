import {
  WEB_SOCKET_PATH,
  WEB_SOCKET_PROTOCOL,
  WEB_SOCKET_TOKEN_PREFIX,
} from '../../shared/protocol/bridge.js';
import type { ServerMessage } from '../../shared/protocol/messages.js';
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
}

const browserDeps: WebSocketPortDeps = {
  createSocket: (url, protocols) => new WebSocket(url, [...protocols]),
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
  random: Math.random,
};

/**
 * Same origin as the page. The token travels as a subprotocol, beside ours: the server
 * accepts it only there (or as a bearer header), never from a cookie or the URL.
 */
export const webSocketProtocols = (token: string): string[] => [
  WEB_SOCKET_PROTOCOL,
  `${WEB_SOCKET_TOKEN_PREFIX}${token}`,
];

export const webSocketUrl = (location: Pick<Location, 'protocol' | 'host'>): string =>
  `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${WEB_SOCKET_PATH}`;

/** `WebSocket.OPEN`, spelled out so the module loads where no WebSocket global exists (unit tests). */
const OPEN = 1;

const isServerMessage = (value: unknown): value is ServerMessage =>
  typeof value === 'object' && value !== null && typeof (value as { t?: unknown }).t === 'string';

/**
 * A port over a WebSocket that comes back by itself: any close (the backend restarting, a
 * sleep/wake) is reported as "lost" and retried with backoff until it opens again.
 */
export const createWebSocketPort = (
  url: string,
  protocols: readonly string[],
  deps: WebSocketPortDeps = browserDeps,
): Port => {
  const messageListeners = new Set<(message: ServerMessage) => void>();
  const linkListeners = new Set<(status: LinkStatus) => void>();
  let status: LinkStatus = { state: 'connecting' };
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer: unknown = null;
  let closed = false;

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

  function connect(): void {
    if (closed) return;
    timer = null;
    if (status.state !== 'connecting') setStatus({ state: 'connecting' });
    let opened = false;
    const ws = deps.createSocket(url, protocols);
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return;
      opened = true;
      attempt = 0;
      setStatus({ state: 'open' });
    };
    ws.onmessage = (event: MessageEvent) => {
      if (socket !== ws || typeof event.data !== 'string') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(event.data);
      } catch {
        return;
      }
      if (!isServerMessage(parsed)) return;
      for (const listener of [...messageListeners]) listener(parsed);
    };
    // Browsers fire "error" then "close"; acting on close alone handles every way a socket ends.
    ws.onclose = () => {
      if (socket !== ws || closed) return;
      socket = null;
      scheduleReconnect(
        opened
          ? translate(ipcMessages, 'backendLost')
          : // A browser cannot tell a refused upgrade (new token after a restart) from a dead server.
            translate(ipcMessages, 'backendSilent'),
      );
    };
  }

  connect();

  return {
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
      deps.clearTimer(timer);
      socket?.close();
      socket = null;
    },
  };
};
