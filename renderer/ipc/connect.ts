import { removeTokenFromAddressBar } from './address-bar-token.js';
import { createElectronPort } from './electron-port.js';
import type { Port } from './port.js';
import { createWebSocketPort, webSocketUrl } from './web-socket-port.js';

/** Electron's preload provides a bridge; without one we are the web mode page. */
export const connectPort = (): Port => {
  if (window.berth) return createElectronPort(window.berth);
  removeTokenFromAddressBar();
  return createWebSocketPort(webSocketUrl(window.location));
};
