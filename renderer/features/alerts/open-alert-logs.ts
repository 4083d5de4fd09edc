import type { AlertItem } from '../../../shared/alerts/alert-types.js';
import { openContainerLogsAt } from '../container-detail/index.js';
import { logsSinceAround } from './alert-text.js';

/** An alert opens its container's logs from a minute before it happened. */
export const openAlertLogs = (item: AlertItem): void => {
  window.location.hash = '#/containers';
  openContainerLogsAt(item.id, logsSinceAround(item.at));
};
