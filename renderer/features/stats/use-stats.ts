import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useClient } from '../../lib/client-context.js';
import { statsHubFor, type StatsView } from './stats-hub.js';

/**
 * Holds the container's shared stats stream while mounted and `active` (running), and
 * re-renders on each sample (about once a second).
 */
export const useStats = (id: string, active: boolean): StatsView | undefined => {
  const hub = statsHubFor(useClient());
  useEffect(() => (active ? hub.hold(id) : undefined), [hub, id, active]);
  const subscribe = useCallback((onChange: () => void) => hub.listen(id, onChange), [hub, id]);
  return useSyncExternalStore(
    subscribe,
    () => (active ? hub.view(id) : undefined),
    () => undefined,
  );
};
