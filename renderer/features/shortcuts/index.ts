/** Keyboard shortcuts: the app-wide handler and the cheat sheet (`?`). */
export { openShortcuts } from './shortcuts-store.js';
export { ShortcutsDialog } from './ShortcutsDialog.js';
export { useGlobalShortcuts } from './use-global-shortcuts.js';
