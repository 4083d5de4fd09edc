import type { Alert } from '../../../shared/alerts/alert-types.js';
import { translate } from '../../i18n/index.js';
import type { Client } from '../../ipc/client.js';
import { useSettingsStore } from '../../lib/settings-store.js';
import { alertTitle, itemText, type AlertsTranslate } from './alert-text.js';
import { applyAlert, dismissAlert, resetAlertHistory } from './alerts-store.js';
import { openAlertLogs } from './open-alert-logs.js';
import { messages } from './messages.js';

const browserNotificationsAllowed = (): boolean =>
  useSettingsStore.getState().settings?.alerts.browserNotifications === true &&
  typeof Notification !== 'undefined' &&
  Notification.permission === 'granted';

/** The OS-level notice in web mode; the tag makes a grown alert replace its own notification. */
const showBrowserNotification = (alert: Alert): boolean => {
  if (!browserNotificationsAllowed()) return false;
  const t: AlertsTranslate = (key, params) => translate(messages, key, params);
  const notification = new Notification(alertTitle(t, alert), {
    tag: alert.id,
    body: alert.items
      .slice(0, 5)
      .map((item) => itemText(t, item))
      .join('\n'),
  });
  notification.onclick = () => {
    window.focus();
    const first = alert.items[0];
    if (first) openAlertLogs(first);
    dismissAlert(alert.id);
  };
  return true;
};

/** Alerts pushed by the backend: history always; a browser notification when allowed, else a toast. */
export const wireAlerts = (client: Client): (() => void) => {
  const off = client.on('alerts.raised', (alert) => {
    const notified = document.visibilityState === 'hidden' && showBrowserNotification(alert);
    applyAlert(alert, !notified);
  });
  return off;
};

/**
 * The persisted history, once the link is up and again after every reconnect (alerts raised while
 * no window was looking). `onReady` runs at once on an open link, so it alone covers "now": a call
 * of its own besides asked for the whole history twice on every page load.
 */
export const loadAlertHistory = (client: Client): (() => void) =>
  client.onReady(() => {
    client.invoke('alerts.history', {}).then(
      ({ alerts }) => {
        resetAlertHistory(alerts);
      },
      () => undefined,
    );
  });
