/** What the images view mounts: the build dialog and its opener, and the tar buttons. */
export { BuildDialog } from './BuildDialog.js';
export { openBuildDialog, closeBuildDialog } from './build-store.js';
export { LoadImageButton, SaveImagesButton } from './ImageTarButtons.js';
export { loadImageTar, saveImages } from './image-tar-commands.js';
