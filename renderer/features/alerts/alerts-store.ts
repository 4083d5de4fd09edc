import { create } from 'zustand';
import { upsertHistory } from '../../../shared/alerts/alert-grouper.js';
import type { Alert } from '../../../shared/alerts/alert-types.js';

interface AlertsState {
  /** Newest first: what the backend kept, plus what arrived since. */
  readonly history: readonly Alert[];
  /** Alerts shown as toasts until dismissed or opened (ids). */
  readonly toasts: readonly string[];
}

/** A burst is one toast anyway; more than this at once means the oldest give way. */
const MAX_TOASTS = 3;

export const useAlertsStore = create<AlertsState>()(() => ({ history: [], toasts: [] }));

/** A new or grown alert: into the history, and on screen (once; growing replaces it in place). */
export const applyAlert = (alert: Alert, toast: boolean): void => {
  useAlertsStore.setState((s) => ({
    history: upsertHistory(s.history, alert),
    toasts: !toast || s.toasts.includes(alert.id) ? s.toasts : [...s.toasts, alert.id].slice(-MAX_TOASTS),
  }));
};

export const resetAlertHistory = (history: readonly Alert[]): void => {
  // Alerts pushed before the history answered are newer than it.
  useAlertsStore.setState((s) => ({
    history: s.history.reduceRight((all, alert) => upsertHistory(all, alert), [...history]),
  }));
};

export const dismissAlert = (id: string): void => {
  useAlertsStore.setState((s) => ({ toasts: s.toasts.filter((t) => t !== id) }));
};
