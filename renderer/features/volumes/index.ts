/** The volumes view. */
export { VolumesView } from './VolumesView.js';
