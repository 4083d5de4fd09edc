/** The volumes view. */
export { VolumesView } from './VolumesView.js';
export { browseVolume } from './volumes-store.js';
