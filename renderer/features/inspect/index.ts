/** The inspect tab and the JSON tree other detail views reuse. */
export { InspectView } from './InspectView.js';
export { JsonTree } from './JsonTree.js';
