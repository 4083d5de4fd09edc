import type { ContainerSummary } from '../../../shared/contract/containers.js';

export const HEALTH_FILTERS = ['all', 'problems', 'unhealthy', 'healthy', 'starting'] as const;
export type HealthFilter = (typeof HEALTH_FILTERS)[number];

/** Unhealthy, exited non-zero, OOM killed, or restarting (the engine's own restart loop state). */
export const hasProblem = (c: ContainerSummary): boolean =>
  c.health === 'unhealthy' ||
  c.state === 'restarting' ||
  c.oomKilled === true ||
  ((c.state === 'exited' || c.state === 'dead') &&
    c.exitCode !== null &&
    c.exitCode !== undefined &&
    c.exitCode !== 0);

export const matchesHealthFilter = (c: ContainerSummary, filter: HealthFilter): boolean => {
  switch (filter) {
    case 'all':
      return true;
    case 'problems':
      return hasProblem(c);
    default:
      return c.health === filter;
  }
};
