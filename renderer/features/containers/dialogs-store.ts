import { create } from 'zustand';

export type ContainersDialog =
  | { readonly kind: 'remove'; readonly ids: readonly string[] }
  | { readonly kind: 'open-link'; readonly url: string };

interface DialogsState {
  readonly dialog: ContainersDialog | null;
}

/** Which confirmation is open; rows deep in the virtual list ask for one without prop chains. */
export const useDialogsStore = create<DialogsState>()(() => ({ dialog: null }));

export const requestRemove = (ids: readonly string[]): void => {
  if (ids.length > 0) useDialogsStore.setState({ dialog: { kind: 'remove', ids } });
};

export const requestOpenLink = (url: string): void => {
  useDialogsStore.setState({ dialog: { kind: 'open-link', url } });
};

export const closeDialog = (): void => {
  useDialogsStore.setState({ dialog: null });
};
