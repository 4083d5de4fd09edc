import { retryingImport } from '../../lib/chunk-import.js';

/** The command palette: open it from anywhere, and the host's own commands (views, help) to offer. */
export type { PaletteCommand } from './CommandPalette.js';
export { closePalette, openPalette, usePaletteStore } from './palette-store.js';
// Loaded on demand only: the palette reaches every view's objects, which the first screen does not need.
export const loadCommandPalette = retryingImport(() => import('./CommandPalette.js'));
