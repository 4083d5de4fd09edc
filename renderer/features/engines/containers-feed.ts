import type { EngineContainersChanged } from '../../../shared/contract/channels/engines.js';
import { frameBatchAll } from '../../lib/frame-batch.js';
import type { ContainerSummary, ContainersChanged } from '../../../shared/contract/containers.js';
import type { Client } from '../../ipc/client.js';
import { isRpcError } from '../../ipc/rpc-error.js';
import { qualify } from '../../lib/engine-routing.js';
import { applyContainersChanged } from '../containers/index.js';
import { mergeChanges } from './merge-changes.js';

/**
 * Every engine's containers as the backend last told us, kept even while an engine is down
 * (its rows are then its last known state). The containers list shows the union of the visible
 * engines', keyed `<id>@<engine>`; the backend never merges lists.
 */
const perEngine = new Map<string, ReadonlyMap<string, ContainerSummary>>();
let visible: ReadonlySet<string> | null = null;
/** The CLI's engine's rows as the backend's own feed gives them (unqualified ids). */
const primary = new Map<string, ContainerSummary>();

const qualified = (engine: string, c: ContainerSummary): ContainerSummary => ({
  ...c,
  id: qualify(engine, c.id),
});

/** Applies one engine's delta to its own map, and to the list when that engine is shown. */
export const applyEngineContainers = ({ engine, change }: EngineContainersChanged): void => {
  const before = perEngine.get(engine) ?? new Map<string, ContainerSummary>();
  const next = new Map(change.reset ? [] : before);
  for (const id of change.removed) next.delete(id);
  for (const c of change.upserts) next.set(c.id, c);
  perEngine.set(engine, next);
  if (!visible?.has(engine)) return;
  // A reset of one engine must not drop the others': it becomes a delta over the merged list.
  const removed = change.reset ? [...before.keys()].filter((id) => !next.has(id)) : change.removed;
  applyContainersChanged({
    reset: false,
    upserts: change.upserts.map((c) => qualified(engine, c)),
    removed: removed.map((id) => qualify(engine, id)),
  });
};

/**
 * Shows these engines' containers (null: none through this feed; the CLI's engine feeds the list
 * itself). `current` is the engine the CLI's own feed reads: until its list arrives under its
 * engine name, the rows that feed gave stand in for it, so the list does not empty and refill
 * while the engines' lists are on their way.
 */
export const showEngines = (engines: readonly string[] | null, current: string | null = null): void => {
  visible = engines === null ? null : new Set(engines);
  if (visible === null) return;
  if (current !== null && visible.has(current) && !perEngine.has(current) && primary.size > 0) {
    perEngine.set(current, new Map(primary));
  }
  const upserts: ContainerSummary[] = [];
  for (const engine of visible) {
    for (const c of perEngine.get(engine)?.values() ?? []) upserts.push(qualified(engine, c));
  }
  applyContainersChanged({ reset: true, upserts, removed: [] });
};

/** The primary's own pushes reach the list only while the list is the CLI engine's. */
export const applyPrimaryContainers = (change: ContainersChanged): void => {
  if (change.reset) primary.clear();
  for (const id of change.removed) primary.delete(id);
  for (const c of change.upserts) primary.set(c.id, c);
  if (visible === null) applyContainersChanged(change);
};

export const feedingFromEngines = (): boolean => visible !== null;

/**
 * What the wire brings, applied one frame at a time: pushes and list answers share one queue, so a
 * push that came before a list answer is never applied after it. A frame's pushes become one change
 * (per engine): one store update and one redraw, however many came.
 */
export const queuePrimaryContainers = frameBatchAll<ContainersChanged>(
  (changes) => {
    const change = mergeChanges(changes);
    if (change) applyPrimaryContainers(change);
  },
  (change) => change.reset,
);
export const queueEngineContainers = frameBatchAll<EngineContainersChanged>(
  (items) => {
    const byEngine = new Map<string, ContainersChanged[]>();
    for (const { engine, change } of items) {
      const changes = byEngine.get(engine);
      if (changes) changes.push(change);
      else byEngine.set(engine, [change]);
    }
    for (const [engine, changes] of byEngine) {
      const change = mergeChanges(changes);
      if (change) applyEngineContainers({ engine, change });
    }
  },
  ({ change }) => change.reset,
);

/** Fetches one engine's list afresh; an engine that does not answer keeps its last known rows. */
export const relistEngine = async (client: Client, engine: string): Promise<void> => {
  try {
    const upserts = await client.invoke('containers.list', { engine });
    queueEngineContainers({ engine, change: { reset: true, upserts, removed: [] } });
  } catch (err) {
    if (isRpcError(err, 'BACKEND_LOST')) return;
    // Unreachable engines say so in their banner; nothing else to do until they reconnect.
  }
};

/** An engine that left the set (its context removed): its rows go too. */
export const forgetEngine = (engine: string): void => {
  const before = perEngine.get(engine);
  perEngine.delete(engine);
  if (!before || !visible?.has(engine)) return;
  applyContainersChanged({
    reset: false,
    upserts: [],
    removed: [...before.keys()].map((id) => qualify(engine, id)),
  });
};

export const resetContainersFeed = (): void => {
  perEngine.clear();
  primary.clear();
  visible = null;
};
