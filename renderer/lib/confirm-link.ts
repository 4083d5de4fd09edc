import { create } from 'zustand';
import type { Client } from '../ipc/client.js';
import { hostConfirmsLinks } from '../ipc/connect.js';
import { linkOpenerFor } from './open-link.js';

interface LinkRequestState {
  /** The address waiting for the page's own confirmation, when the host does not confirm links itself. */
  readonly url: string | null;
}

/** Links are clicked deep in rows and terminals; the confirmation is hosted once, by the containers view. */
export const useLinkRequestStore = create<LinkRequestState>()(() => ({ url: null }));

export const closeLinkRequest = (): void => {
  useLinkRequestStore.setState({ url: null });
};

/**
 * Every link a user clicks (ports, terminal output) goes through here: the user sees the full
 * URL before anything opens it, in Electron's native dialog or in the page's own.
 */
export const openLinkWithConfirmation = (client: Client, url: string): void => {
  if (hostConfirmsLinks()) void linkOpenerFor(client)(url);
  else useLinkRequestStore.setState({ url });
};
