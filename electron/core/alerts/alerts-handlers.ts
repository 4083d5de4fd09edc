import { readSettings, type Settings } from '../../../shared/settings/settings.js';
import type { CoreDeps } from '../core-deps.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { SettingsStore } from '../settings/settings-store.js';
import { AlertHistoryStore } from './alert-history-store.js';
import { AlertMonitor } from './alert-monitor.js';
import { toContainerHealth } from './health-reader.js';

/**
 * Alerts live as long as the backend, not a window: they are decided here from the engine's events,
 * kept in a bounded history file, and pushed to every window (which notifies or shows a toast).
 */
export const alertsHandlers = ({
  connection,
  containers,
  hub,
  dataDir,
  disposables,
}: CoreDeps): FeatureHandlers<'alerts'> => {
  let settings: Settings['alerts'] = readSettings({}).alerts;
  void new SettingsStore(dataDir).read().then(
    (read) => (settings = read.alerts),
    () => undefined,
  );
  disposables.add(
    hub.subscribe((channel, payload) => {
      if (channel === 'settings.changed') settings = (payload as Settings).alerts;
    }),
  );
  const history = new AlertHistoryStore(dataDir);
  disposables.add(history);
  const monitor = disposables.add(new AlertMonitor({ connection, containers, settings: () => settings }));
  disposables.add(
    monitor.onAlert((alert) => {
      void history.upsert(alert);
      hub.emit('alerts.raised', alert);
    }),
  );
  return {
    invokes: {
      'alerts.history': async () => ({ alerts: await history.list() }),
      'alerts.clear': async () => {
        await history.clear();
        return { alerts: [] };
      },
      'alerts.health': async (req) =>
        toContainerHealth(
          await connection.call((client, signal) =>
            client.getContainer(req.ref).inspect({ abortSignal: signal }),
          ),
        ),
    },
    streams: {},
  };
};
