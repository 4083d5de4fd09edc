import { create } from 'zustand';
import type { ServiceSummary, ServicesChanged, SwarmState } from '../../../shared/swarm/swarm-types.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';

interface SwarmStore {
  readonly state: SwarmState | null;
  /**
   * The backend answered services.list, which it refuses off a manager: enough to show the list
   * before swarm.state (an engine /info, the slowest call of a page load) answers, which then decides.
   */
  readonly listed: boolean;
  /** Services by id, replaced (never mutated) on every change. */
  readonly services: ReadonlyMap<string, ServiceSummary>;
  /** Bumped on node/secret/config events and membership changes: views holding those lists refetch. */
  readonly epoch: number;
  /** Bumped per service whose tasks changed: an open task list refetches. */
  readonly taskEpochs: ReadonlyMap<string, number>;
  readonly problem: string | null;
}

export const useSwarmStore = create<SwarmStore>()(() => ({
  state: null,
  listed: false,
  services: new Map(),
  epoch: 0,
  taskEpochs: new Map(),
  problem: null,
}));

/** A manager by the swarm state; until it answers, by the backend having listed services. */
export const isManager = (s: SwarmStore): boolean => (s.state ? s.state.isManager : s.listed);

let stateSeq = 0;
/**
 * The state and the services list are asked for together, not one after the other: the list is
 * the backend's model (no engine call), the state an engine /info that a busy engine answers in a
 * few hundred ms. A list refused because the engine is no manager is no problem to show.
 */
export const loadSwarmState = async (client: Client, onListed?: () => void): Promise<void> => {
  const seq = ++stateSeq;
  const listed = loadServices(client, { refusalIsProblem: false });
  if (onListed) void listed.finally(onListed);
  try {
    const state = await client.invoke('swarm.state', {});
    if (seq !== stateSeq) return;
    useSwarmStore.setState({ state, problem: null });
    if (!state.isManager) {
      // A list still in flight is older than this state.
      dropListInFlight();
      useSwarmStore.setState({ services: new Map(), listed: false });
    } else if (!(await listed) && seq === stateSeq) {
      // Refused by a model that had not yet seen the swarm: ask again, now that it is one.
      await loadServices(client);
    }
  } catch (err) {
    if (seq === stateSeq) useSwarmStore.setState({ problem: errorMessage(err) });
  }
};

let listSeq = 0;
/**
 * Deltas pushed while the latest list call is in flight. The answer and the pushes share one
 * ordered link, so each came from the model no later than the answer did: replayed on the answer
 * they change nothing it already has and keep what is newer, where dropping the answer (or them)
 * would lose services.
 */
let sinceList: ServicesChanged[] | null = null;

const withChange = (
  current: ReadonlyMap<string, ServiceSummary>,
  change: ServicesChanged,
): Map<string, ServiceSummary> => {
  const services = new Map(change.reset ? [] : current);
  for (const service of change.upserted) services.set(service.id, service);
  for (const id of change.removed) services.delete(id);
  return services;
};

/** Resolves whether the list came (or a newer call superseded this one). */
export const loadServices = async (
  client: Client,
  { refusalIsProblem = true }: { readonly refusalIsProblem?: boolean } = {},
): Promise<boolean> => {
  const seq = ++listSeq;
  const since: ServicesChanged[] = [];
  sinceList = since;
  try {
    const list = await client.invoke('services.list', {});
    if (seq !== listSeq) return true;
    sinceList = null;
    const services = since.reduce<ReadonlyMap<string, ServiceSummary>>(
      withChange,
      new Map(list.map((s) => [s.id, s])),
    );
    useSwarmStore.setState({ services, listed: true });
    return true;
  } catch (err) {
    if (seq !== listSeq) return true;
    sinceList = null;
    if (refusalIsProblem) useSwarmStore.setState({ problem: errorMessage(err) });
    return false;
  }
};

/** Forgets a list call in flight (its answer is older than what made it moot). */
const dropListInFlight = (): void => {
  listSeq++;
  sinceList = null;
};

/** Applies one pushed delta; a reset replaces the list (after a relist or a membership change). */
export const applyServicesChanged = (change: ServicesChanged): void => {
  sinceList?.push(change);
  useSwarmStore.setState((s) => {
    let taskEpochs = s.taskEpochs;
    if (change.tasksChanged.length > 0) {
      const next = new Map(taskEpochs);
      for (const id of change.tasksChanged) next.set(id, (next.get(id) ?? 0) + 1);
      taskEpochs = next;
    }
    return { services: withChange(s.services, change), taskEpochs };
  });
};

let firstLoadDone: () => void = () => undefined;
const firstLoad = new Promise<void>((resolve) => {
  firstLoadDone = resolve;
});

/**
 * Settles once the first services list after start-up is in or refused (the state, an engine /info,
 * may come later): what a first render of the services may wait for.
 */
export const afterFirstSwarmLoad = (): Promise<void> => firstLoad;

/**
 * Keeps the swarm state and the services list live for the whole app (the sidebar shows
 * Services only on a manager): fetched on every (re)connect, then kept by pushed events. Wired at
 * start-up, not by a view, so the first load is in before the first render that shows it.
 */
export const wireSwarm = (client: Client): (() => void) => {
  // Queued behind the first screen's own calls (status, list, tasks, settings): they go out first.
  const offReady = client.onReady(() => {
    queueMicrotask(() => void loadSwarmState(client, firstLoadDone));
  });
  const offServices = client.on('services.changed', applyServicesChanged);
  const offSwarm = client.on('swarm.changed', (change) => {
    useSwarmStore.setState((s) => ({ epoch: s.epoch + 1 }));
    if (change.kinds.includes('swarm')) void loadSwarmState(client);
  });
  return () => {
    offReady();
    offServices();
    offSwarm();
  };
};
