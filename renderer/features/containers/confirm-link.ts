import type { Client } from '../../ipc/client.js';
import { hostConfirmsLinks } from '../../ipc/connect.js';
import { requestOpenLink } from './dialogs-store.js';
import { linkOpenerFor } from './open-link.js';

/**
 * Every link a user clicks (ports, terminal output) goes through here: the user sees the full
 * URL before anything opens it, in Electron's native dialog or in the page's own.
 */
export const openLinkWithConfirmation = (client: Client, url: string): void => {
  if (hostConfirmsLinks()) void linkOpenerFor(client)(url);
  else requestOpenLink(url);
};
