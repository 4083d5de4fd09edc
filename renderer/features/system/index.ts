/** The system view. */
export { SystemView } from './SystemView.js';
