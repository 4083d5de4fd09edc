import type { ClientMessage, ServerMessage } from './messages.js';

/**
 * The whole surface the Electron preload exposes as `window.berth`: one typed message port,
 * never raw ipcRenderer. Calls, events and streams are multiplexed by the protocol above it.
 */
export interface BerthBridge {
  post(message: ClientMessage): void;
  /** Returns the unsubscribe function; the Electron event object is never handed out. */
  onMessage(listener: (message: ServerMessage) => void): () => void;
}

/** The single IPC channel both directions use. */
export const BRIDGE_CHANNEL = 'berth:message';

/** Path of the WebSocket endpoint in web mode. */
export const WEB_SOCKET_PATH = '/ws';

/**
 * Web mode's WebSocket subprotocols: the page offers both and the server picks the first.
 * The token rides in the second, never in a cookie (cookies are not scoped by port, so any
 * other server on localhost would receive it) nor in the URL.
 */
export const WEB_SOCKET_PROTOCOL = 'berth.v1';
export const WEB_SOCKET_TOKEN_PREFIX = 'berth.token.';
