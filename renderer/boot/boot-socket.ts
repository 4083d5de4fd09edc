import { FIRST_CALLS_PARAM, type FirstScreen } from '../../shared/protocol/first-calls.js';
import { firstScreenOfHash } from '../app/first-screen.js';
import { takeToken } from '../ipc/address-bar-token.js';
import { webSocketProtocols, webSocketUrl } from '../ipc/web-socket-address.js';

/**
 * Web mode's first socket, opened by the boot script in the page's <head> while the browser is
 * still compiling the app's first chunk. It asks the backend for the first screen's calls in its
 * address (shared/protocol/first-calls.ts), so their answers are under way before the page could
 * have sent anything. The app adopts the socket, and what it has received, when it starts.
 * Everything here must stay small: it is its own chunk, loaded before the app.
 */

/** What the app takes over. */
export interface BootSocket {
  readonly socket: WebSocket;
  /** The screen whose first calls it asked for: their answers are this socket's. */
  readonly screen: FirstScreen;
  /** The text messages it received before the app took it, in order. */
  readonly received: readonly string[];
}

interface Pending extends BootSocket {
  readonly stop: () => void;
}

let pending: Pending | null = null;

/** Opens the socket, in web mode only (Electron's preload gives a bridge instead). Once per page. */
export const startBootSocket = (
  create = (url: string, protocols: string[]): WebSocket => new WebSocket(url, protocols),
): void => {
  if (pending || window.berth !== undefined) return;
  let socket: WebSocket;
  const screen = firstScreenOfHash(window.location.hash);
  try {
    const url = `${webSocketUrl(window.location)}?${FIRST_CALLS_PARAM}=${screen}`;
    socket = create(url, webSocketProtocols(takeToken() ?? ''));
  } catch {
    return; // The app opens its own.
  }
  const received: string[] = [];
  // A listener, not onmessage: the app sets the on* properties when it adopts the socket.
  const onMessage = (event: MessageEvent): void => {
    if (typeof event.data === 'string') received.push(event.data);
  };
  socket.addEventListener('message', onMessage);
  pending = {
    socket,
    screen,
    received,
    stop: () => {
      socket.removeEventListener('message', onMessage);
    },
  };
};

/** The boot socket, once: the app's port reads it from here on. Null when there was none. */
export const adoptBootSocket = (): BootSocket | null => {
  const taken = pending;
  if (!taken) return null;
  pending = null;
  taken.stop();
  return { socket: taken.socket, screen: taken.screen, received: [...taken.received] };
};
