import { useEffect } from 'react';
import { closeContainer } from '../container-detail/index.js';
import { openPalette, usePaletteStore } from '../palette/index.js';
import { openRunDialog } from '../run/index.js';
import { isPaletteKey, isPlainKey, isTyping } from './key-match.js';
import { GO_TO } from './shortcut-list.js';
import { openShortcuts } from './shortcuts-store.js';

/** How long after `g` the second key of a "go to" pair counts. */
const SEQUENCE_MS = 1500;

/** A modal dialog is open: one-key shortcuts belong to it, not to the page behind. */
const dialogOpen = (): boolean => document.querySelector('dialog[open]') !== null;

/**
 * The app-wide shortcuts listed in shortcut-list.ts. One-key shortcuts never fire while the user
 * types in a field or a terminal, or while a dialog is open.
 */
export const useGlobalShortcuts = (): void => {
  useEffect(() => {
    let goPressedAt = 0;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      if (isPaletteKey(event)) {
        event.preventDefault();
        if (!usePaletteStore.getState().open && !dialogOpen()) openPalette();
        return;
      }
      if (isTyping(event.target) || dialogOpen() || event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (Date.now() - goPressedAt < SEQUENCE_MS && GO_TO[key]) {
        event.preventDefault();
        goPressedAt = 0;
        closeContainer();
        window.location.hash = GO_TO[key];
        return;
      }
      goPressedAt = 0;
      if (isPlainKey(event, '?')) {
        event.preventDefault();
        openShortcuts();
      } else if (key === 'g') {
        goPressedAt = Date.now();
      } else if (key === 'n') {
        event.preventDefault();
        openRunDialog();
      } else if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('main input[type="search"]');
        if (search) {
          event.preventDefault();
          search.focus();
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
};
