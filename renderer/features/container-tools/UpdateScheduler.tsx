import { useEffect } from 'react';
import { useClient } from '../../lib/client-context.js';
import { useSettingsStore } from '../../lib/settings-store.js';
import { checkUpdatesFor } from './updates-store.js';

const HOUR_MS = 60 * 60_000;

/**
 * Checks every container's image on the schedule the user set (settings → Image updates); none
 * by default. Renders nothing. The backend never sends local-only images to a registry.
 */
export function UpdateScheduler() {
  const client = useClient();
  const hours = useSettingsStore((s) => s.settings?.updates.checkEveryHours ?? 0);
  useEffect(() => {
    if (hours <= 0) return undefined;
    // The backend's own list, so the schedule covers every container whichever view is open.
    const check = (): void => {
      client
        .invoke('containers.list', {})
        .then((list) =>
          checkUpdatesFor(
            client,
            list.map((c) => c.id),
          ),
        )
        .catch(() => undefined);
    };
    check();
    const timer = setInterval(check, hours * HOUR_MS);
    return () => {
      clearInterval(timer);
    };
  }, [client, hours]);
  return null;
}
