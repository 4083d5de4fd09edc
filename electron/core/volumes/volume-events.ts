import type { EngineConnection } from '../engine/engine-connection.js';
import type { EventHub } from '../rpc/event-hub.js';
import { toDisposable, type Disposable } from '../rpc/disposable.js';

const CONTAINER_ACTIONS = new Set(['create', 'destroy']);

/**
 * Turns engine events into `volumes.changed`: volume events (create, destroy, mount, unmount)
 * and container create/destroy (which change "used by"), coalesced so a burst costs the
 * renderer one refetch.
 */
export const forwardVolumeEvents = (
  connection: EngineConnection,
  hub: EventHub,
  coalesceMs = 100,
): Disposable => {
  let pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    timer = undefined;
    const names = [...pending];
    pending = new Set();
    hub.emit('volumes.changed', { names });
  };
  const events = connection.onEvent((event) => {
    if (event.type === 'volume') pending.add(event.id);
    else if (!(event.type === 'container' && CONTAINER_ACTIONS.has(event.action))) return;
    timer ??= setTimeout(flush, coalesceMs);
  });
  return toDisposable(() => {
    events.dispose();
    clearTimeout(timer);
  });
};
