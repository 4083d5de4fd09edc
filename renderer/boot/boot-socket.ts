import type { InvokeChannel } from '../../shared/contract/types.js';
import type { ClientMessage } from '../../shared/protocol/messages.js';
import { takeToken } from '../ipc/address-bar-token.js';
import { webSocketProtocols, webSocketUrl } from '../ipc/web-socket-address.js';

/**
 * Web mode's first socket, opened by the boot script in the page's <head> while the browser is
 * still compiling the app's first chunk: the handshake and the first screen's answers then overlap
 * that work instead of following it. The app adopts the socket (and what it has received) when it
 * starts. Everything here must stay small: it is its own chunk, loaded before the app.
 */

/** A call the boot script sent; the app's first call on that channel (with an empty request) takes its answer. */
export interface EarlyCall {
  readonly id: number;
  readonly channel: InvokeChannel;
}

/**
 * What every page load asks for first, each with an empty request: the engine's state and its
 * containers (the first screen), the tasks, the settings (which engines the list shows), the
 * engines and contexts, and the swarm state and services (the sidebar; the services list).
 */
const EARLY_CHANNELS = [
  'engine.status',
  'containers.list',
  'tasks.list',
  'settings.get',
  'engines.list',
  'contexts.list',
  'swarm.state',
  'services.list',
] as const satisfies readonly InvokeChannel[];

export const EARLY_CALLS: readonly EarlyCall[] = EARLY_CHANNELS.map((channel, i) => ({ id: i + 1, channel }));

/** What the app takes over. */
export interface BootSocket {
  readonly socket: WebSocket;
  /** It opened before the app took it: hello and the early calls went out. */
  readonly opened: boolean;
  /** The text messages it received before the app took it, in order. */
  readonly received: readonly string[];
}

/** Sent the moment the socket opens: hello first, as the app's client does, then the calls. */
export const bootMessages = (): ClientMessage[] => [
  { t: 'hello' },
  ...EARLY_CALLS.map(({ id, channel }): ClientMessage => ({ t: 'invoke', id, channel, payload: {} })),
];

interface Pending {
  readonly socket: WebSocket;
  opened: boolean;
  readonly received: string[];
  readonly stop: () => void;
}

let pending: Pending | null = null;

/** Opens the socket, in web mode only (Electron's preload gives a bridge instead). Once per page. */
export const startBootSocket = (
  create = (url: string, protocols: string[]) => new WebSocket(url, protocols),
): void => {
  if (pending || window.berth !== undefined) return;
  let socket: WebSocket;
  try {
    socket = create(webSocketUrl(window.location), webSocketProtocols(takeToken() ?? ''));
  } catch {
    return; // The app opens its own.
  }
  const received: string[] = [];
  const state: Pending = {
    socket,
    opened: false,
    received,
    stop: () => {
      socket.removeEventListener('message', onMessage);
    },
  };
  // Listeners, not the on* properties: the app sets those when it adopts the socket, and the early
  // calls must still go out first if it opens after that.
  socket.addEventListener(
    'open',
    () => {
      state.opened = true;
      for (const message of bootMessages()) socket.send(JSON.stringify(message));
    },
    { once: true },
  );
  function onMessage(event: MessageEvent): void {
    if (typeof event.data === 'string') received.push(event.data);
  }
  socket.addEventListener('message', onMessage);
  pending = state;
};

/** The boot socket, once: the app's port reads it from here on. Null when there was none. */
export const adoptBootSocket = (): BootSocket | null => {
  const taken = pending;
  if (!taken) return null;
  pending = null;
  taken.stop();
  return { socket: taken.socket, opened: taken.opened, received: [...taken.received] };
};
