import type { MergedList } from '../../shared/contract/channels/engines.js';
import type { Client } from '../ipc/client.js';

/**
 * "All engines": the union of the visible engines' slices, each item re-keyed by `keyed` (which
 * qualifies its id or name with the engine) so actions route to the engine that holds it. A slice
 * that is not live keeps its last-known items; the engine banners say why.
 */
export const mergeSlices = <T, I>(
  merged: MergedList<T>,
  visible: readonly string[],
  itemsOf: (data: T) => readonly I[],
  keyed: (engine: string, item: I) => I,
): I[] => {
  const shown = new Set(visible);
  const items: I[] = [];
  for (const slice of merged.slices) {
    if (!shown.has(slice.engine) || slice.data === null) continue;
    for (const item of itemsOf(slice.data)) items.push(keyed(slice.engine, item));
  }
  return items;
};

/**
 * Refreshes a merged list when one of the shown engines says its objects of `kind` changed, or
 * changes state (down: its slice turns last-known; back: live again). Events only, no polling.
 */
export const followEngineObjects = (
  client: Client,
  kind: 'images' | 'volumes' | 'networks',
  visible: readonly string[],
  refresh: () => void,
): (() => void) => {
  const shown = new Set(visible);
  const offObjects = client.on('engines.objects', (change) => {
    if (change.kind === kind && shown.has(change.engine)) refresh();
  });
  const offStatus = client.on('engines.status', (change) => {
    if (shown.has(change.engine)) refresh();
  });
  const offReady = client.onReady(refresh);
  return () => {
    offObjects();
    offStatus();
    offReady();
  };
};

/** One call at a time; asks made meanwhile become one more call afterwards, not one each. */
export const coalesced = (run: () => Promise<void>): (() => void) => {
  let inFlight = false;
  let again = false;
  const go = (): void => {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    void run().finally(() => {
      inFlight = false;
      if (again) {
        again = false;
        go();
      }
    });
  };
  return go;
};
