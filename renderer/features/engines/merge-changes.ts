import type { ContainerSummary, ContainersChanged } from '../../../shared/contract/containers.js';

/**
 * Several pushes for one list, in order, as the one change they add up to: a frame's worth of a
 * burst (200 deaths) is one store update and one redraw instead of one per push. The last word on
 * each container wins; a reset drops whatever came before it.
 */
export const mergeChanges = (changes: readonly ContainersChanged[]): ContainersChanged | undefined => {
  if (changes.length <= 1) return changes[0];
  let reset = false;
  const upserts = new Map<string, ContainerSummary>();
  const removed = new Set<string>();
  for (const change of changes) {
    if (change.reset) {
      reset = true;
      upserts.clear();
      removed.clear();
    }
    for (const id of change.removed) {
      upserts.delete(id);
      removed.add(id);
    }
    for (const container of change.upserts) {
      removed.delete(container.id);
      upserts.set(container.id, container);
    }
  }
  return { reset, upserts: [...upserts.values()], removed: [...removed] };
};
