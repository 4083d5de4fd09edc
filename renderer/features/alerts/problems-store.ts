import { useMemo } from 'react';
import { create } from 'zustand';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { hasProblem } from './problem-filter.js';

/** Whether the containers list shows only containers with a problem (the toolbar's Problems toggle). */
export const useProblemsStore = create<{ readonly problemsOnly: boolean }>()(() => ({ problemsOnly: false }));

export const setProblemsOnly = (problemsOnly: boolean): void => {
  useProblemsStore.setState({ problemsOnly });
};

/**
 * The containers the list should show: all of them, or with Problems on only those with one. The
 * same map comes back while the toggle is off, so the list's memoised rows are not rebuilt for it.
 */
export const filterProblems = (
  byId: ReadonlyMap<string, ContainerSummary>,
  problemsOnly: boolean,
): ReadonlyMap<string, ContainerSummary> => {
  if (!problemsOnly) return byId;
  const shown = new Map<string, ContainerSummary>();
  for (const [id, container] of byId) if (hasProblem(container)) shown.set(id, container);
  return shown;
};

/** `filterProblems` with the toggle's state, recomputed only when the map or the toggle changes. */
export const useProblemsFiltered = (
  byId: ReadonlyMap<string, ContainerSummary>,
): ReadonlyMap<string, ContainerSummary> => {
  const problemsOnly = useProblemsStore((s) => s.problemsOnly);
  return useMemo(() => filterProblems(byId, problemsOnly), [byId, problemsOnly]);
};
