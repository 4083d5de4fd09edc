/** The networks view. */
export { NetworksView } from './NetworksView.js';
