import { useDeferredValue, useMemo } from 'react';
import { useProblemsFiltered } from '../alerts/index.js';
import { useEngineStore } from '../engine/index.js';
import { buildRows, type Rows } from './container-rows.js';
import { useContainersStore } from './containers-store.js';
import { isUsageColumn } from './container-order.js';
import { useContainerSort, useFavourites, useUserGroups } from './list-preferences.js';
import { useLiveUsage } from './use-live-usage.js';

/** Rows for the list, recomputed only when one of their inputs changes. */
export const useContainerRows = (): Rows => {
  const byId = useProblemsFiltered(useContainersStore((s) => s.byId));
  const filter = useContainersStore((s) => s.filter);
  // Typing stays responsive with thousands of rows: the list catches up a frame later.
  const search = useDeferredValue(useContainersStore((s) => s.search));
  const collapsed = useContainersStore((s) => s.collapsed);
  const sort = useContainerSort();
  const favourites = useFavourites();
  const groups = useUserGroups();
  const usage = useLiveUsage(isUsageColumn(sort.column));
  return useMemo(
    () => buildRows({ byId, filter, search, collapsed, sort, favourites, groups, usage }),
    [byId, filter, search, collapsed, sort, favourites, groups, usage],
  );
};

/** Actions are offered only while both links (page → backend → engine) are up. */
export const useCanAct = (): boolean =>
  useEngineStore((s) => s.status?.state === 'connected' && s.link.state === 'open');
