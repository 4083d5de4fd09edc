import { useEffect } from 'react';
import type { Client } from '../../ipc/client.js';
import { addEvents } from './events-store.js';

/**
 * Subscribes to the engine's events while `active` (the view is shown, the page is visible and
 * the user has not paused), and again after every reconnect; otherwise nothing is collected.
 */
export const useEventFeed = (client: Client, active: boolean): void => {
  useEffect(() => {
    if (!active) return;
    let handle: { unsubscribe(): void } | null = null;
    const open = (): void => {
      handle?.unsubscribe();
      handle = client.subscribe(
        'engine.events',
        {},
        {
          onChunk: (chunks) => {
            addEvents(chunks);
          },
          // The link dropped or the backend ended it: onReady resubscribes after a reconnect.
          onEnd: () => {
            handle = null;
          },
        },
      );
    };
    const offReady = client.onReady(open);
    return () => {
      offReady();
      handle?.unsubscribe();
    };
  }, [client, active]);
};
