import type { EngineConnection } from '../engine/engine-connection.js';
import { toDisposable, type Disposable } from '../rpc/disposable.js';

/** Container actions that change a network's attachments or addresses. */
const CONTAINER_ACTIONS = new Set(['start', 'die', 'destroy', 'create']);

/**
 * Calls `onChange` once per burst of network events (create, destroy, connect, disconnect) and
 * of container events that change addresses, and after every reconnect (events may have been
 * missed). The renderer refetches on it, so a burst costs one list, not one per event.
 */
export const watchNetworks = (
  connection: EngineConnection,
  onChange: () => void,
  coalesceMs = 100,
): Disposable => {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (): void => {
    timer ??= setTimeout(() => {
      timer = undefined;
      onChange();
    }, coalesceMs);
  };
  const events = connection.onEvent((event) => {
    if (event.type === 'network' || (event.type === 'container' && CONTAINER_ACTIONS.has(event.action))) {
      schedule();
    }
  });
  const status = connection.onStatus((s) => {
    if (s.state === 'connected') schedule();
  });
  return toDisposable(() => {
    clearTimeout(timer);
    events.dispose();
    status.dispose();
  });
};
