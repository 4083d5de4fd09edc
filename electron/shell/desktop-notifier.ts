import { Notification } from 'electron';
import type { Alert } from '../../shared/alerts/alert-types.js';
import { notificationContent, type AlertNotifier } from './tray-alerts.js';

/**
 * The OS notification for an alert (desktop). A grown alert replaces its own notification rather
 * than stacking a new one, so a burst stays one notice.
 */
export const desktopNotifier = (): AlertNotifier => {
  const shown = new Map<string, Notification>();
  return {
    show(alert: Alert, onClick: () => void): void {
      if (!Notification.isSupported()) return;
      shown.get(alert.id)?.close();
      const notification = new Notification(notificationContent(alert));
      notification.on('click', onClick);
      notification.on('close', () => shown.delete(alert.id));
      shown.set(alert.id, notification);
      notification.show();
    },
  };
};
