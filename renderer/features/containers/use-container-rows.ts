import { useDeferredValue, useMemo } from 'react';
import { useEngineStore } from '../engine/index.js';
import { buildRows, type Rows } from './container-rows.js';
import { useContainersStore } from './containers-store.js';

/** Rows for the list, recomputed only when one of their inputs changes. */
export const useContainerRows = (): Rows => {
  const byId = useContainersStore((s) => s.byId);
  const filter = useContainersStore((s) => s.filter);
  // Typing stays responsive with thousands of rows: the list catches up a frame later.
  const search = useDeferredValue(useContainersStore((s) => s.search));
  const collapsed = useContainersStore((s) => s.collapsed);
  return useMemo(() => buildRows({ byId, filter, search, collapsed }), [byId, filter, search, collapsed]);
};

/** Actions are offered only while both links (page → backend → engine) are up. */
export const useCanAct = (): boolean =>
  useEngineStore((s) => s.status?.state === 'connected' && s.link.state === 'open');
