import type { Client } from '../ipc/client.js';
import { errorMessage, isRpcError } from '../ipc/rpc-error.js';
import { notify } from './notifications-store.js';

export type OpenWindow = (url: string) => void;

const openInNewTab: OpenWindow = (url) => {
  window.open(url, '_blank', 'noopener,noreferrer');
};

const isHttpUrl = (raw: string): boolean => {
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

/**
 * Opens a link the user has already confirmed. The host opens it when it can (Electron's
 * main process); a host that answers UNSUPPORTED (web mode) leaves it to the page, and from
 * then on the page opens links straight away, inside the click, so no popup blocker objects.
 */
export const createLinkOpener = (client: Client, openWindow: OpenWindow = openInNewTab) => {
  let pageOpensLinks = false;
  return async (url: string): Promise<void> => {
    if (!isHttpUrl(url)) {
      notify(`Not opening ${url}`, ['Only http and https links can be opened.']);
      return;
    }
    if (pageOpensLinks) {
      openWindow(url);
      return;
    }
    try {
      await client.invoke('shell.openExternal', { url });
    } catch (err) {
      if (isRpcError(err, 'UNSUPPORTED')) {
        pageOpensLinks = true;
        openWindow(url);
        return;
      }
      notify(`Could not open ${url}`, [errorMessage(err)]);
    }
  };
};

const openers = new WeakMap<Client, (url: string) => Promise<void>>();

/** One opener per client, so "this host leaves links to the page" is learnt once. */
export const linkOpenerFor = (client: Client): ((url: string) => Promise<void>) => {
  let opener = openers.get(client);
  if (!opener) {
    opener = createLinkOpener(client);
    openers.set(client, opener);
  }
  return opener;
};
