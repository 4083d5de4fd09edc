import type { Alert, AlertItem } from '../../../shared/alerts/alert-types.js';
import type { Catalogue, Translate } from '../../i18n/index.js';
import type { messages } from './messages.js';

export type AlertsTranslate = Translate<typeof messages extends Catalogue<infer M> ? M : never>;
type T = AlertsTranslate;

/** One line per container problem, in the reader's language. */
export const itemText = (t: T, item: AlertItem): string =>
  t(`kind_${item.kind}`, { name: item.name, code: item.exitCode ?? '?' });

/** The alert's headline: the one problem, or how many containers (under their project when they share one). */
export const alertTitle = (t: T, alert: Alert): string => {
  const first = alert.items[0];
  if (alert.total === 1 && first) return itemText(t, first);
  return alert.project
    ? t('groupProject', { project: alert.project, count: alert.total })
    : t('group', { count: alert.total });
};

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The logs' "since" field (a datetime-local value, local time) a little before the alert, so the
 * lines that led to it are on screen.
 */
export const logsSinceAround = (at: number, leadMs = 60_000): string => {
  const d = new Date(Math.max(0, at - leadMs));
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};
