import { useEffect } from 'react';
import type { Client } from '../../ipc/client.js';
import { loadSizes, loadVolumes } from './volumes-store.js';

/** Sizes cost the engine a walk of every volume: fetched at most this often after changes. */
const SIZES_DEBOUNCE_MS = 2_000;

/** Fetches the list on (re)connect and again after each burst of volume events; no polling. */
export const useVolumesFeed = (client: Client): void => {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = (): void => {
      void loadVolumes(client);
      clearTimeout(timer);
      timer = setTimeout(() => void loadSizes(client), SIZES_DEBOUNCE_MS);
    };
    const offReady = client.onReady(() => {
      void loadVolumes(client);
      void loadSizes(client);
    });
    const offChanged = client.on('volumes.changed', refresh);
    return () => {
      offReady();
      offChanged();
      clearTimeout(timer);
    };
  }, [client]);
};
