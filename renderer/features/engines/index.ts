/** Every engine Berth knows: the sidebar's panel, the contexts dialog, per-engine banners and the merged list feed. */
export { queuePrimaryContainers } from './containers-feed.js';
export { EngineBanners } from './EngineBanners.js';
export { EnginePanel } from './EnginePanel.js';
export { ContextsDialog } from './ContextsDialog.js';
export { wireEngines } from './wire-engines.js';
