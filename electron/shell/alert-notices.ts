import { upsertHistory } from '../../shared/alerts/alert-grouper.js';
import type { Alert } from '../../shared/alerts/alert-types.js';
import type { AlertNotifier } from './tray-alerts.js';

export interface AlertNoticesOptions {
  readonly notifier: AlertNotifier;
  /** The window is in front: its own toast tells the user, an OS notification would say it twice. */
  readonly windowFocused: () => boolean;
  /** A click on a notification. */
  readonly onOpen: (alert: Alert) => void;
  /** Called when the recent alerts change (the tray redraws its menu). */
  readonly onRecent?: () => void;
  /** How many alerts the tray lists. */
  readonly keep?: number;
}

export interface AlertNotices {
  /** Each `alerts.raised` from the backend: a new alert or a grown one (same id). */
  raised(alert: Alert): void;
  /** Newest first, one per id. */
  recent(): readonly Alert[];
}

/**
 * The desktop's side of alerts (issue 16): an OS notification for each raised alert unless the
 * window is in front (a grown alert replaces its own notification, see desktop-notifier.ts), and
 * the last few alerts for the tray. Electron-free, so it is tested under Node.
 */
export const createAlertNotices = (options: AlertNoticesOptions): AlertNotices => {
  let recent: readonly Alert[] = [];
  return {
    raised(alert) {
      recent = upsertHistory(recent, alert, options.keep ?? 5);
      options.onRecent?.();
      if (!options.windowFocused())
        options.notifier.show(alert, () => {
          options.onOpen(alert);
        });
    },
    recent: () => recent,
  };
};
