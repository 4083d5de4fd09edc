import type { BerthBridge } from '../../shared/protocol/bridge.js';
import type { Port } from './port.js';

/** The preload's bridge is already a port; it never drops, so it reports no link changes. */
export const createElectronPort = (bridge: BerthBridge): Port => ({
  post: (message) => {
    bridge.post(message);
  },
  onMessage: (listener) => bridge.onMessage(listener),
});
