/** A container's processes tab. */
export { ProcessesView } from './ProcessesView.js';
