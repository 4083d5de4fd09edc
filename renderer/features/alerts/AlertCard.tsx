import type { Alert } from '../../../shared/alerts/alert-types.js';
import { useClient } from '../../lib/client-context.js';
import { useSettingsStore, updateSettings } from '../../lib/settings-store.js';
import { useT } from '../../i18n/index.js';
import { SafeText } from '../../ui/SafeText.js';
import { alertTitle, itemText } from './alert-text.js';
import { dismissAlert } from './alerts-store.js';
import { messages } from './messages.js';
import { openAlertLogs } from './open-alert-logs.js';

const SHOWN = 5;

/** One alert: what happened, each container's logs a click away, and its mutes. */
export function AlertCard({ alert, toast }: { readonly alert: Alert; readonly toast: boolean }) {
  const t = useT(messages);
  const client = useClient();
  const mutes = useSettingsStore((s) => s.settings?.alerts);
  const shown = alert.items.slice(0, SHOWN);
  const more = alert.total - shown.length;
  const mute = (values: { mutedContainers?: string[]; mutedProjects?: string[] }): void => {
    void updateSettings(client, { section: 'alerts', values }).catch(() => undefined);
    dismissAlert(alert.id);
  };
  return (
    <article className="alert-card" aria-label={alertTitle(t, alert)}>
      <p className="alert-title">
        <SafeText text={alertTitle(t, alert)} />{' '}
        <time className="muted" dateTime={new Date(alert.at).toISOString()}>
          {new Date(alert.at).toLocaleTimeString()}
        </time>
      </p>
      <ul className="alert-items">
        {shown.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="link"
              aria-label={t('openLogs', { name: item.name })}
              onClick={() => {
                openAlertLogs(item);
                dismissAlert(alert.id);
              }}
            >
              <SafeText text={itemText(t, item)} />
            </button>
          </li>
        ))}
        {more > 0 && <li>{t('more', { count: more })}</li>}
      </ul>
      {toast && (
        <div className="alert-actions">
          {alert.project !== null && mutes && (
            <button
              type="button"
              className="button ghost"
              onClick={() => {
                mute({ mutedProjects: [...mutes.mutedProjects, alert.project ?? ''] });
              }}
            >
              <SafeText text={t('muteProject', { project: alert.project })} />
            </button>
          )}
          {alert.project === null && alert.total === 1 && shown[0] && mutes && (
            <button
              type="button"
              className="button ghost"
              onClick={() => {
                mute({ mutedContainers: [...mutes.mutedContainers, shown[0]?.name ?? ''] });
              }}
            >
              <SafeText text={t('muteContainer', { name: shown[0].name })} />
            </button>
          )}
          <button
            type="button"
            className="button ghost"
            onClick={() => {
              dismissAlert(alert.id);
            }}
          >
            {t('dismiss')}
          </button>
        </div>
      )}
    </article>
  );
}
