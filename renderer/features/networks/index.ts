/** The networks view. */
export { NetworksView } from './NetworksView.js';
export { openNetwork } from './networks-store.js';
