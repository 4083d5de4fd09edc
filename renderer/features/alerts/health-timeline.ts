import type { HealthProbe } from '../../../shared/alerts/health-types.js';
import type { HealthState } from '../../../shared/alerts/status-text.js';

/** How many probes the Health tab keeps while open (the engine itself keeps the last five). */
export const TIMELINE_PROBES = 30;
/** How many health state changes it keeps. */
export const TIMELINE_CHANGES = 20;

/**
 * The probes seen so far plus the engine's latest five, newest first, one per start time, bounded:
 * the tab keeps a longer history than the engine while it is open.
 */
export const mergeProbes = (
  kept: readonly HealthProbe[],
  latest: readonly HealthProbe[],
  limit = TIMELINE_PROBES,
): HealthProbe[] => {
  const byStart = new Map<number, HealthProbe>();
  for (const probe of [...kept, ...latest]) byStart.set(probe.start, probe);
  return [...byStart.values()].sort((a, b) => b.start - a.start).slice(0, limit);
};

export interface HealthChange {
  readonly at: number;
  readonly status: HealthState;
}

/** A state change is recorded when the status differs from the last one recorded; newest first. */
export const recordChange = (
  changes: readonly HealthChange[],
  status: HealthState,
  at: number,
  limit = TIMELINE_CHANGES,
): readonly HealthChange[] =>
  changes[0]?.status === status ? changes : [{ at, status }, ...changes].slice(0, limit);

/** How often the open tab asks for new probes: the check's interval, within 1 s and 30 s. */
export const refreshEveryMs = (intervalMs: number | null): number =>
  Math.min(30_000, Math.max(1_000, intervalMs ?? 30_000));
