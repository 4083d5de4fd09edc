import type { ServiceTask } from '../../../shared/swarm/swarm-types.js';

/** Update states in which tasks are still moving from one spec to the other. */
export const ROLLING = new Set(['updating', 'paused', 'rollback_started', 'rollback_paused']);

/** A rolling update's progress: of the tasks meant to run, how many are on the current spec. */
export const rolloutCounts = (
  tasks: readonly ServiceTask[],
): { readonly updated: number; readonly total: number; readonly running: number } => {
  const current = tasks.filter((t) => t.desiredState === 'running');
  return {
    updated: current.filter((t) => t.onCurrentSpec === true).length,
    total: current.length,
    running: current.filter((t) => t.onCurrentSpec === true && t.state === 'running').length,
  };
};
