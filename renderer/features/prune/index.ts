/** The prune dialog the list views open. */
export { PruneDialog } from './PruneDialog.js';
