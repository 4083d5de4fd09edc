import { create } from 'zustand';

/** Whether the cheat sheet (`?`) is open. */
export const useShortcutsStore = create<{ readonly open: boolean }>()(() => ({ open: false }));

export const openShortcuts = (): void => {
  useShortcutsStore.setState({ open: true });
};

export const closeShortcuts = (): void => {
  useShortcutsStore.setState({ open: false });
};
