import { create } from 'zustand';
import type { NetworksList } from '../../../shared/contract/networks.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';

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

/** One list call at a time; a change during it asks for one more afterwards, not one per event. */
export const refreshNetworks = (client: Client): Promise<void> => {
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
