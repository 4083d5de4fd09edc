import { create } from 'zustand';

interface PaletteState {
  readonly open: boolean;
}

/** Whether the command palette is open; shortcuts and menus open it from anywhere. */
export const usePaletteStore = create<PaletteState>()(() => ({ open: false }));

export const openPalette = (): void => {
  usePaletteStore.setState({ open: true });
};

export const closePalette = (): void => {
  usePaletteStore.setState({ open: false });
};
