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
