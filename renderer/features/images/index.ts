/** The images view. */
export { ImagesView } from './ImagesView.js';
