import { BRIDGE_CHANNEL, type BerthBridge } from '../../shared/protocol/bridge.js';
import type { ClientMessage, ServerMessage } from '../../shared/protocol/messages.js';

/** How Electron hands a message to a listener; the event is dropped before the page sees it. */
export type PreloadIpcListener = (event: unknown, message: ServerMessage) => void;

/** The members of `ipcRenderer` the bridge uses; the real object fits structurally. */
export interface PreloadIpc {
  send(channel: string, message: ClientMessage): void;
  on(channel: string, listener: PreloadIpcListener): unknown;
  removeListener(channel: string, listener: PreloadIpcListener): unknown;
}

/**
 * Builds `window.berth`: one typed message port over the single bridge channel. The page
 * never receives ipcRenderer, the channel name or Electron's event object, only messages.
 */
export const createBridge = (ipc: PreloadIpc): BerthBridge =>
  Object.freeze({
    post(message: ClientMessage): void {
      ipc.send(BRIDGE_CHANNEL, message);
    },
    onMessage(listener: (message: ServerMessage) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onMessage expects a function.');
      const handler: PreloadIpcListener = (_event, message) => {
        listener(message);
      };
      ipc.on(BRIDGE_CHANNEL, handler);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(BRIDGE_CHANNEL, handler);
      };
    },
  });
