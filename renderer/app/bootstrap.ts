import { wireAlerts } from '../features/alerts/index.js';
import { applyEngineStatus, applyLinkStatus } from '../features/engine/index.js';
import { queuePrimaryContainers, wireEngines } from '../features/engines/index.js';
import { afterFirstSwarmLoad, wireSwarm } from '../features/swarm-state/index.js';
import { notify } from '../lib/notifications-store.js';
import { applyTaskChanged, resetTasks } from '../features/tasks/index.js';
import { createClient, type Client } from '../ipc/client.js';
import type { Port } from '../ipc/port.js';
import { errorMessage, isRpcError } from '../ipc/rpc-error.js';
import { setLanguage } from '../i18n/index.js';
import { useSettingsStore, wireSettings } from '../lib/settings-store.js';
import { wireTheme } from '../lib/theme.js';
import { isSwarmSection } from './first-screen.js';
import type { Section } from './sections.js';

/**
 * Fetches state afresh. Each answer is applied the moment it arrives (not after both): a
 * `containers.changed` that follows the list on the wire is newer than it and must land after.
 */
export const refresh = async (client: Client): Promise<void> => {
  const status = client.invoke('engine.status', {}).then(applyEngineStatus);
  void status.then(firstStatusIn, firstStatusIn);
  const list = client.invoke('containers.list', {}).then((upserts) => {
    queuePrimaryContainers({ reset: true, upserts, removed: [] });
  });
  const tasks = client.invoke('tasks.list', {}).then(resetTasks);
  const results = await Promise.allSettled([status, list, tasks]);
  for (const result of results) {
    // A lost link is already on screen; it refetches when it comes back.
    if (result.status === 'rejected' && !isRpcError(result.reason, 'BACKEND_LOST')) {
      notify('Could not load the engine state', [errorMessage(result.reason)]);
    }
  }
};

let firstStatusIn: () => void = () => undefined;
/** Settles once the first engine.status call has (the banner and the unreachable screen read it). */
const firstStatus = new Promise<void>((resolve) => {
  firstStatusIn = resolve;
});

let firstScreenIn = false;
const firstScreenListeners = new Set<() => void>();

/** Runs `listener` once the first state fetch has settled (at once if it has): what may wait until then, does. */
export const afterFirstScreen = (listener: () => void): (() => void) => {
  if (firstScreenIn) {
    listener();
    return () => undefined;
  }
  firstScreenListeners.add(listener);
  return () => firstScreenListeners.delete(listener);
};

/**
 * Resolves once the state the opening section shows is in, or after `capMs` (no backend yet, a
 * slow engine): the page then shows its shell and what comes in later. That state is the first
 * state fetch; for the swarm views, the engine's status and the services list instead: they show
 * no containers, and their boot socket did not ask for the list (shared/protocol/first-calls.ts).
 */
export const firstScreenWithin = (section: Section, capMs: number): Promise<void> => {
  const needed = isSwarmSection(section)
    ? Promise.all([firstStatus, afterFirstSwarmLoad()])
    : new Promise<void>((resolve) => afterFirstScreen(resolve));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cap = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, capMs);
  });
  return Promise.race([needed.then(() => undefined), cap]).finally(() => {
    clearTimeout(timer);
  });
};

const firstScreenSettled = (): void => {
  if (firstScreenIn) return;
  firstScreenIn = true;
  for (const listener of [...firstScreenListeners]) listener();
  firstScreenListeners.clear();
};

/** Wires the transport to the stores: pushes first, then fetch, again after every reconnect. */
export const bootstrap = (port: Port): Client => {
  const client = createClient(port);
  client.onLinkChange(applyLinkStatus);
  client.on('engine.status', applyEngineStatus);
  client.on('containers.changed', queuePrimaryContainers);
  client.on('tasks.changed', applyTaskChanged);
  client.onReady(() => void refresh(client).finally(firstScreenSettled));
  wireSettings(client);
  wireEngines(client);
  wireTheme();
  wireAlerts(client);
  wireSwarm(client);
  // The language the user picked applies at once in every window; "system" follows the browser/OS.
  useSettingsStore.subscribe((state, previous) => {
    const language = state.settings?.language.language;
    if (language === undefined || language === previous.settings?.language.language) return;
    void setLanguage(language === 'system' ? undefined : language);
  });
  return client;
};
