/** The images view. */
export { ImagesView } from './ImagesView.js';
export { openDetail as openImage } from './images-store.js';
