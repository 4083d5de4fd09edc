import type { BerthBridge } from '../../shared/protocol/bridge.js';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in web mode. */
    readonly berth?: BerthBridge;
  }
}
