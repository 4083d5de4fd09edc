import { create } from 'zustand';
import { closeLinkRequest } from '../../lib/confirm-link.js';

export type ContainersDialog =
  | { readonly kind: 'remove'; readonly ids: readonly string[] }
  /** Members by container name: groups keep names, like favourites. */
  | { readonly kind: 'new-group'; readonly members: readonly string[] };

interface DialogsState {
  readonly dialog: ContainersDialog | null;
}

/** Which confirmation is open; rows deep in the virtual list ask for one without prop chains. */
export const useDialogsStore = create<DialogsState>()(() => ({ dialog: null }));

/** One confirmation at a time: asking to remove replaces a pending link confirmation. */
export const requestRemove = (ids: readonly string[]): void => {
  if (ids.length === 0) return;
  closeLinkRequest();
  useDialogsStore.setState({ dialog: { kind: 'remove', ids } });
};

/** Asks for a new group's name; the containers selected in view join it. */
export const requestNewGroup = (members: readonly string[]): void => {
  closeLinkRequest();
  useDialogsStore.setState({ dialog: { kind: 'new-group', members } });
};

export const closeDialog = (): void => {
  useDialogsStore.setState({ dialog: null });
};
