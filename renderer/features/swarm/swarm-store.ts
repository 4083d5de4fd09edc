import { useEffect } from 'react';
import { create } from 'zustand';
import type { ServiceSummary, ServicesChanged, SwarmState } from '../../../shared/swarm/swarm-types.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';

interface SwarmStore {
  readonly state: SwarmState | null;
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
  services: new Map(),
  epoch: 0,
  taskEpochs: new Map(),
  problem: null,
}));

export const isManager = (s: SwarmStore): boolean => s.state?.isManager === true;

let stateSeq = 0;
export const loadSwarmState = async (client: Client): Promise<void> => {
  const seq = ++stateSeq;
  try {
    const state = await client.invoke('swarm.state', {});
    if (seq !== stateSeq) return;
    useSwarmStore.setState({ state, problem: null });
    if (state.isManager) await loadServices(client);
    else useSwarmStore.setState({ services: new Map() });
  } catch (err) {
    if (seq === stateSeq) useSwarmStore.setState({ problem: errorMessage(err) });
  }
};

let listSeq = 0;
export const loadServices = async (client: Client): Promise<void> => {
  const seq = ++listSeq;
  try {
    const list = await client.invoke('services.list', {});
    if (seq === listSeq) useSwarmStore.setState({ services: new Map(list.map((s) => [s.id, s])) });
  } catch (err) {
    if (seq === listSeq) useSwarmStore.setState({ problem: errorMessage(err) });
  }
};

/** Applies one pushed delta; a reset replaces the list (after a relist or a membership change). */
export const applyServicesChanged = (change: ServicesChanged): void => {
  // A delta that arrives while a list call is in flight is newer than that call's answer.
  listSeq++;
  useSwarmStore.setState((s) => {
    const services = new Map(change.reset ? [] : s.services);
    for (const service of change.upserted) services.set(service.id, service);
    for (const id of change.removed) services.delete(id);
    let taskEpochs = s.taskEpochs;
    if (change.tasksChanged.length > 0) {
      const next = new Map(taskEpochs);
      for (const id of change.tasksChanged) next.set(id, (next.get(id) ?? 0) + 1);
      taskEpochs = next;
    }
    return { services, taskEpochs };
  });
};

/**
 * Keeps the swarm state and the services list live for the whole app (the sidebar shows
 * Services only on a manager): fetched on every (re)connect, then kept by pushed events.
 */
export const useSwarmFeed = (client: Client): void => {
  useEffect(() => {
    const offReady = client.onReady(() => void loadSwarmState(client));
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
  }, [client]);
};
