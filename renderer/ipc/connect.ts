import { takeToken } from './address-bar-token.js';
import { createElectronPort } from './electron-port.js';
import type { Port } from './port.js';
import { adoptBootSocket } from '../boot/boot-socket.js';
import { webSocketProtocols, webSocketUrl } from './web-socket-address.js';
import { createWebSocketPort } from './web-socket-port.js';

/**
 * In Electron the main process shows its own native confirmation with the full URL before it
 * opens a link (the page is untrusted), so the page must not ask a second time.
 */
export const hostConfirmsLinks = (): boolean => window.berth !== undefined;

/** Only Electron can show a native file/folder picker; web mode types paths. */
export const hostHasPicker = (): boolean => window.berth !== undefined;

/** Electron's preload provides a bridge; without one we are the web mode page, whose boot script may have opened the socket. */
export const connectPort = (): Port => {
  if (window.berth) return createElectronPort(window.berth);
  const token = takeToken() ?? '';
  return createWebSocketPort(
    webSocketUrl(window.location),
    webSocketProtocols(token),
    undefined,
    adoptBootSocket(),
  );
};
