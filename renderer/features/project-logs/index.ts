import { retryingImport } from '../../lib/chunk-import.js';

/** Opening a project's merged logs. The view is loaded lazily (xterm). */
export { openProjectLogs, useProjectLogsStore } from './project-logs-store.js';
// Loaded on demand only: a static re-export would pull xterm.js into the first screen's bundle.
export const loadProjectLogsView = retryingImport(() => import('./ProjectLogsView.js'));
export { createColourAssigner, linePrefix } from './service-colours.js';
