import type { EngineSummary } from '../../../shared/contract/channels/engines.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage, isRpcError } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { useSettingsStore } from '../../lib/settings-store.js';
import { translate } from '../../i18n/index.js';
import { applyContexts, applyEngines, applyEngineStatusChanged, useEnginesStore } from '../engine/index.js';
import {
  queueEngineContainers,
  queuePrimaryContainers,
  forgetEngine,
  relistEngine,
  showEngines,
} from './containers-feed.js';
import { useEngineFilter, viewOf, visibleEngines } from '../engine/index.js';
import { messages } from './messages.js';

const sameList = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * Wires the engine list, the CLI's contexts and every engine's container deltas to their stores,
 * and keeps the containers list showing what the sidebar's picker and the Engine filter chose.
 */
export const wireEngines = (client: Client): (() => void) => {
  let shown: readonly string[] | null = null;

  const sync = (): void => {
    const choice = useSettingsStore.getState().settings?.engines.defaultEngine ?? null;
    const engines = useEnginesStore.getState().engines;
    const next = visibleEngines(viewOf(choice), useEngineFilter.getState().engine, engines);
    if (sameList(shown, next)) return;
    const wasCli = shown === null;
    shown = next;
    showEngines(next, engines?.find((e) => e.current)?.id ?? null);
    if (next === null && !wasCli) {
      // Back to the CLI's engine: its list comes from the backend's own model again.
      client.invoke('containers.list', {}).then(
        (upserts) => {
          queuePrimaryContainers({ reset: true, upserts, removed: [] });
        },
        () => undefined,
      );
    }
  };

  const onEngines = (engines: readonly EngineSummary[]): void => {
    const before = useEnginesStore.getState().engines ?? [];
    applyEngines(engines);
    const now = new Set(engines.map((e) => e.id));
    for (const gone of before) if (!now.has(gone.id)) forgetEngine(gone.id);
    const known = new Set(before.map((e) => e.id));
    for (const added of engines) if (!known.has(added.id)) void relistEngine(client, added.id);
    sync();
  };

  const load = async (): Promise<void> => {
    try {
      // Each answer lands the moment it arrives: a status event that follows the list on the wire is newer than it.
      // Every engine's list is asked for as soon as the engines are known (the contexts are not
      // waited for), and the lists show as each arrives: the first engine's rows wait for no other.
      const contexts = client.invoke('contexts.list', {}).then(applyContexts);
      // Its failure is reported below, once the engines answered too; not as unhandled meanwhile.
      contexts.catch(() => undefined);
      const engines = await client.invoke('engines.list', {});
      const lists = engines.map((e) => relistEngine(client, e.id));
      applyEngines(engines);
      sync();
      await Promise.all([contexts, ...lists]);
    } catch (err) {
      if (!isRpcError(err, 'BACKEND_LOST')) {
        notify(translate(messages, 'loadFailed'), [errorMessage(err)]);
      }
    }
  };

  const offs = [
    client.on('engines.changed', onEngines),
    client.on('engines.status', applyEngineStatusChanged),
    client.on('contexts.changed', applyContexts),
    client.on('engines.containers', queueEngineContainers),
    // Queued behind the first screen's own calls (status, list, tasks, settings): they go out first.
    client.onReady(() => {
      queueMicrotask(() => void load());
    }),
    useSettingsStore.subscribe(sync),
    useEngineFilter.subscribe(sync),
  ];
  return () => {
    for (const off of offs) off();
  };
};
