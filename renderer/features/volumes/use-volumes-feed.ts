import { useEffect } from 'react';
import type { Client } from '../../ipc/client.js';
import { coalesced, followEngineObjects } from '../../lib/merged-slices.js';
import { useVisibleEngines } from '../engine/index.js';
import { loadMergedSizes, loadMergedVolumes, loadSizes, loadVolumes } from './volumes-store.js';

/** Sizes cost the engine a walk of every volume: fetched at most this often after changes. */
const SIZES_DEBOUNCE_MS = 2_000;

/**
 * Fetches the list on (re)connect and again after each burst of volume events; no polling. With
 * engines shown (one chosen, or all), the list is every shown engine's, refreshed on their events.
 */
export const useVolumesFeed = (client: Client): void => {
  const visible = useVisibleEngines();
  const shownKey = visible?.join('\n') ?? null;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (visible !== null) {
      let disposed = false;
      const refresh = coalesced(async () => {
        const live = await loadMergedVolumes(client, visible);
        clearTimeout(timer);
        if (!disposed) timer = setTimeout(() => void loadMergedSizes(client, live), SIZES_DEBOUNCE_MS);
      });
      const off = followEngineObjects(client, 'volumes', visible, refresh);
      return () => {
        disposed = true;
        off();
        clearTimeout(timer);
      };
    }
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
    // `visible` is read through its key: a new array with the same engines is the same list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, shownKey]);
};
