/** The file browser, shared by a container's Files tab and the volume browser. */
export { ContainerFilesView } from './ContainerFilesView.js';
export { formatModified } from './file-format.js';
export type { FileSource } from './file-source.js';
export { FileBrowser } from './FileBrowser.js';
