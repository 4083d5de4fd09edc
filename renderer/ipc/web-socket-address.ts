import {
  WEB_SOCKET_PATH,
  WEB_SOCKET_PROTOCOL,
  WEB_SOCKET_TOKEN_PREFIX,
} from '../../shared/protocol/bridge.js';

/**
 * Where web mode's socket goes and what it offers: shared by the boot script, which opens the
 * first socket, and the port, which reopens it; kept free of imports so the boot chunk stays tiny.
 */

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
