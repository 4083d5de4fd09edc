import { create } from 'zustand';
import type { NetworksList } from '../../../shared/contract/networks.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { CREATABLE_DRIVERS } from '../../../shared/contract/networks.js';
import { qualify } from '../../lib/engine-routing.js';
import { coalesced, followEngineObjects, mergeSlices } from '../../lib/merged-slices.js';

export interface NetworksState {
  readonly list: NetworksList | null;
  /** Why the last refresh failed; the last list stays shown. */
  readonly problem: string | null;
  /** The network whose details are open (by id). */
  readonly openId: string | null;
}

export const useNetworksStore = create<NetworksState>()(() => ({ list: null, problem: null, openId: null }));

export const openNetwork = (id: string | null): void => {
  useNetworksStore.setState({ openId: id });
};

let inFlight: Promise<void> | null = null;
let again = false;
/** Read through a call: TypeScript cannot see that an event sets it during the await. */
const askedAgain = (): boolean => again;

/** The engines the open view shows (null: the CLI's engine), so every refresh reads the same list. */
let shownEngines: readonly string[] | null = null;

/** One list call at a time; a change during it asks for one more afterwards, not one per event. */
export const refreshNetworks = (client: Client): Promise<void> => {
  if (shownEngines !== null) return refreshMergedNetworks(client, shownEngines);
  if (inFlight) {
    again = true;
    return inFlight;
  }
  inFlight = (async () => {
    do {
      again = false;
      try {
        const list = await client.invoke('networks.list', {});
        useNetworksStore.setState((s) => ({
          list,
          problem: null,
          openId: s.openId && list.networks.some((n) => n.id === s.openId) ? s.openId : null,
        }));
      } catch (err) {
        useNetworksStore.setState({ problem: errorMessage(err) });
      }
    } while (askedAgain());
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
};

/** Keeps the list fresh while a view shows it: on every (re)connect and every network change. */
export const followNetworks = (client: Client): (() => void) => {
  const offReady = client.onReady(() => void refreshNetworks(client));
  const offChanged = client.on('networks.changed', () => void refreshNetworks(client));
  const offPruned = client.on('system.pruned', () => void refreshNetworks(client));
  return () => {
    offReady();
    offChanged();
    offPruned();
  };
};

/** Latest call wins: an older merged answer arriving late never replaces a newer one. */
let mergedSeq = 0;

/**
 * "All engines" (or one chosen engine): every shown engine's networks, ids keyed `<id>@<engine>`
 * so each action goes to the engine that holds the network. A down engine's part is its last
 * known list. Drivers offered for a new network are those every shown live engine has.
 */
export const refreshMergedNetworks = async (client: Client, visible: readonly string[]): Promise<void> => {
  const seq = ++mergedSeq;
  try {
    const merged = await client.invoke('engines.allNetworks', {});
    if (seq !== mergedSeq) return;
    const items = mergeSlices(
      merged,
      visible,
      (data) => data.networks,
      (engine, network) => ({ ...network, id: qualify(engine, network.id) }),
    );
    const driverSets = merged.slices
      .filter((s) => visible.includes(s.engine) && s.data !== null)
      .map((s) => new Set(s.data?.drivers ?? []));
    const drivers = CREATABLE_DRIVERS.filter((d) => driverSets.every((set) => set.has(d)));
    useNetworksStore.setState((s) => ({
      list: { networks: items, drivers },
      problem: null,
      openId: s.openId && items.some((n) => n.id === s.openId) ? s.openId : null,
    }));
  } catch (err) {
    if (seq === mergedSeq) useNetworksStore.setState({ problem: errorMessage(err) });
  }
};

/** The merged list follows the shown engines' network events and state changes; no polling. */
export const followMergedNetworks = (client: Client, visible: readonly string[]): (() => void) => {
  shownEngines = visible;
  const refresh = coalesced(() => refreshMergedNetworks(client, visible));
  const off = followEngineObjects(client, 'networks', visible, refresh);
  const offPruned = client.on('system.pruned', refresh);
  return () => {
    shownEngines = null;
    off();
    offPruned();
  };
};
