import { useEffect, useMemo, useState } from 'react';
import { BERTH_HELPER_LABEL } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { statsHubFor, type StatsHub } from '../stats/index.js';
import type { Usage, UsageById } from './container-order.js';
import { useContainersStore } from './containers-store.js';

/**
 * How often the figures are re-read for sorting. Samples arrive about once a second per container:
 * re-sorting on every one would re-sort a list of N running containers N times a second.
 */
const REFRESH_MS = 1000;
const NONE: UsageById = new Map();

/** Running containers (not Berth's own helpers), as one string so an unrelated change re-runs nothing. */
const runningKey = (
  byId: ReadonlyMap<string, { state: string; labels: Readonly<Record<string, string>> }>,
) => {
  const ids: string[] = [];
  for (const [id, c] of byId) if (c.state === 'running' && !(BERTH_HELPER_LABEL in c.labels)) ids.push(id);
  return ids.sort().join(' ');
};

const snapshot = (hub: StatsHub, ids: readonly string[]): UsageById => {
  const usage = new Map<string, Usage>();
  for (const id of ids) {
    const latest = hub.view(id)?.latest;
    if (latest) usage.set(id, { cpu: latest.cpuPercent, memory: latest.memoryUsage });
  }
  return usage;
};

const onlyRunning = (usage: UsageById, ids: readonly string[]): UsageById => {
  const running = new Set(ids);
  return [...usage.keys()].every((id) => running.has(id))
    ? usage
    : new Map([...usage].filter(([id]) => running.has(id)));
};

/**
 * Live CPU and memory of every running container, while `enabled` (the list is sorted by a usage
 * column). The virtualised list streams stats only for the rows in view; a sort needs them all, so
 * this holds each running container's shared stream (one engine stream each, shared with the rows and
 * the detail view) and releases them when the sort moves to another column.
 */
export const useLiveUsage = (enabled: boolean): UsageById => {
  const hub = statsHubFor(useClient());
  const key = useContainersStore((s) => (enabled ? runningKey(s.byId) : ''));
  const ids = useMemo(() => (key === '' ? [] : key.split(' ')), [key]);
  const [usage, setUsage] = useState<UsageById>(NONE);

  useEffect(() => {
    if (!enabled || ids.length === 0) return undefined;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const flush = (): void => {
      timer = null;
      setUsage(snapshot(hub, ids));
    };
    const schedule = (): void => {
      timer ??= setTimeout(flush, REFRESH_MS);
    };
    const releases = ids.flatMap((id) => [hub.listen(id, schedule), hub.hold(id)]);
    // What the hub already has (rows in view, the detail page) sorts on the next tick, not a second on.
    timer = setTimeout(flush, 0);
    return () => {
      if (timer) clearTimeout(timer);
      for (const release of releases) release();
    };
  }, [hub, enabled, ids]);

  // Figures of containers that stopped since the last read are dropped: they sort with the stopped.
  return useMemo(() => (enabled ? onlyRunning(usage, ids) : NONE), [enabled, ids, usage]);
};
