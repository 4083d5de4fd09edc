import { retryingImport } from '../../lib/chunk-import.js';

/** What other features use of the container detail: which container is open. The view itself is loaded lazily (xterm). */
export { closeContainer, openContainer, openContainerLogsAt, useDetailStore } from './detail-store.js';
// Loaded on demand only: a static re-export would pull xterm.js into the first screen's bundle.
export const loadContainerDetail = retryingImport(() => import('./ContainerDetail.js'));
