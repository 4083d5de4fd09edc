/** Every engine Berth knows: the sidebar's panel, the contexts dialog, per-engine banners and the merged list feed. */
export { queuePrimaryContainers } from './containers-feed.js';
export { EngineBanners } from './EngineBanners.js';
export { EnginePanel } from './EnginePanel.js';
// Lazily: the dialog's chunk carries zod, which the first screen does not load.
export { LazyContextsDialog as ContextsDialog } from './LazyContextsDialog.js';
export { wireEngines } from './wire-engines.js';
