import { useEffect, useState } from 'react';
import { useClient } from '../../lib/client-context.js';
import { updateSettings, useSettingsStore } from '../../lib/settings-store.js';
import { useT } from '../../i18n/index.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { AlertCard } from './AlertCard.js';
import { resetAlertHistory, useAlertsStore } from './alerts-store.js';
import { messages } from './messages.js';
import { loadAlertHistory } from './wire-alerts.js';
import './alerts.css';

/** Toasts for new alerts (a grown alert replaces its own), and the history behind one button. */
export function AlertCenter() {
  const t = useT(messages);
  const client = useClient();
  const history = useAlertsStore((s) => s.history);
  const toastIds = useAlertsStore((s) => s.toasts);
  const browser = useSettingsStore((s) => s.settings?.alerts.browserNotifications ?? false);
  const [open, setOpen] = useState(false);
  const [denied, setDenied] = useState(false);
  useEffect(() => loadAlertHistory(client), [client]);
  const toasts = toastIds.flatMap((id) => history.filter((alert) => alert.id === id));

  const setBrowser = async (on: boolean): Promise<void> => {
    // The browser asks once, on a click: that is the opt-in.
    if (on && typeof Notification !== 'undefined' && Notification.permission !== 'granted') {
      const answer = await Notification.requestPermission();
      setDenied(answer !== 'granted');
      if (answer !== 'granted') return;
    }
    await updateSettings(client, { section: 'alerts', values: { browserNotifications: on } });
  };

  return (
    <>
      <section className="alert-toasts" aria-label={t('region')}>
        {toasts.map((alert) => (
          <AlertCard key={alert.id} alert={alert} toast />
        ))}
      </section>
      <div className="alert-history-anchor">
        <button
          type="button"
          className="button"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {t('history')} ({history.length})
        </button>
        {open && (
          <section className="alert-history" aria-label={t('history')}>
            <Checkbox
              label={t('enableNotifications')}
              showLabel
              checked={browser}
              onChange={(on) => void setBrowser(on).catch(() => undefined)}
            />
            {denied && <p role="status">{t('notificationsDenied')}</p>}
            {history.length === 0 ? (
              <p>{t('historyEmpty')}</p>
            ) : (
              <>
                <button
                  type="button"
                  className="button ghost"
                  onClick={() => {
                    void client.invoke('alerts.clear', {}).then(() => {
                      useAlertsStore.setState({ history: [], toasts: [] });
                      resetAlertHistory([]);
                    });
                  }}
                >
                  {t('clearHistory')}
                </button>
                {history.map((alert) => (
                  <AlertCard key={alert.id} alert={alert} toast={false} />
                ))}
              </>
            )}
          </section>
        )}
      </div>
    </>
  );
}
