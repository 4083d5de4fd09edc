import { useEffect } from 'react';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { coalesced, followEngineObjects } from '../../lib/merged-slices.js';
import { useVisibleEngines } from '../engine/index.js';
import { applyImageList, applyTask, setProblem } from './images-store.js';
import { mergeImageSlices } from './merged-images.js';

/**
 * Keeps the images store fresh while the view is open: a list on open and after every
 * reconnect, then one relist per coalesced `images.changed` (never polling; at most one call
 * in flight, with one more queued if events came meanwhile). Pull and push tasks come from
 * `tasks.list` and `tasks.changed`, so transfers started elsewhere (or before a reload) show too.
 */
export const useImagesLive = (client: Client): void => {
  const visible = useVisibleEngines();
  const shownKey = visible?.join('\n') ?? null;
  useEffect(() => {
    if (visible === null) return undefined;
    // Engines shown (one chosen, or all): each shown engine's images, refreshed on its own events.
    let disposed = false;
    const refresh = coalesced(() =>
      client.invoke('engines.allImages', {}).then(
        (merged) => {
          if (!disposed) applyImageList(mergeImageSlices(merged, visible));
        },
        (err: unknown) => {
          if (!disposed) setProblem(errorMessage(err));
        },
      ),
    );
    const off = followEngineObjects(client, 'images', visible, refresh);
    const offTasks = client.on('tasks.changed', ({ task }) => {
      if (task.state !== 'running' && (task.kind === 'pull' || task.kind === 'push')) refresh();
    });
    return () => {
      disposed = true;
      off();
      offTasks();
    };
    // `visible` is read through its key: a new array with the same engines is the same list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, shownKey]);
  const shown = visible !== null;
  useEffect(() => {
    let disposed = false;
    let inFlight = false;
    let again = false;
    const refresh = (): void => {
      if (inFlight) {
        again = true;
        return;
      }
      if (shown) return;
      inFlight = true;
      client
        .invoke('images.list', {})
        .then(
          (list) => {
            if (!disposed) applyImageList(list);
          },
          (err: unknown) => {
            if (!disposed) setProblem(errorMessage(err));
          },
        )
        .finally(() => {
          inFlight = false;
          if (again && !disposed) {
            again = false;
            refresh();
          }
        });
    };
    const offReady = client.onReady(() => {
      refresh();
      client.invoke('tasks.list', {}).then(
        (tasks) => {
          if (!disposed) for (const task of [...tasks].reverse()) applyTask(task);
        },
        () => undefined,
      );
    });
    // With engines shown the list is the merged one (above): `refresh` then leaves it alone.
    const offChanged = client.on('images.changed', refresh);
    const offTasks = client.on('tasks.changed', ({ task }) => {
      applyTask(task);
      // A pull that ended may have added an image before its events were coalesced here.
      if (task.state !== 'running') refresh();
    });
    return () => {
      disposed = true;
      offReady();
      offChanged();
      offTasks();
    };
  }, [client, shown]);
};
