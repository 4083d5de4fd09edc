import { useEffect } from 'react';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { applyImageList, applyTask, setProblem } from './images-store.js';

/**
 * Keeps the images store fresh while the view is open: a list on open and after every
 * reconnect, then one relist per coalesced `images.changed` (never polling; at most one call
 * in flight, with one more queued if events came meanwhile). Pull and push tasks come from
 * `tasks.list` and `tasks.changed`, so transfers started elsewhere (or before a reload) show too.
 */
export const useImagesLive = (client: Client): void => {
  useEffect(() => {
    let disposed = false;
    let inFlight = false;
    let again = false;
    const refresh = (): void => {
      if (inFlight) {
        again = true;
        return;
      }
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
  }, [client]);
};
