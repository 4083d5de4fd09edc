import type { ContainerState, ContainerSummary } from '../../../shared/contract/containers.js';
import type { SortDirection } from '../../../shared/settings/sections/list-limits.js';

/** The columns the containers list sorts by; the settings file holds these keys. */
export const CONTAINER_SORT_COLUMNS = ['name', 'state', 'image', 'created', 'cpu', 'memory'] as const;
export type ContainerSortColumn = (typeof CONTAINER_SORT_COLUMNS)[number];

/** Columns sorted by a live figure from the stats stream rather than by the container's summary. */
export const USAGE_COLUMNS = ['cpu', 'memory'] as const;
export type UsageColumn = (typeof USAGE_COLUMNS)[number];
export const isUsageColumn = (column: ContainerSortColumn): column is UsageColumn =>
  (USAGE_COLUMNS as readonly string[]).includes(column);

/** A running container's latest figures; a container without one (stopped, no sample yet) has none. */
export interface Usage {
  /** Percent, like `docker stats`; null until the engine has two readings to compare. */
  readonly cpu: number | null;
  /** Bytes. */
  readonly memory: number;
}
export type UsageById = ReadonlyMap<string, Usage>;

export interface ContainerSort {
  readonly column: ContainerSortColumn;
  readonly direction: SortDirection;
}

export const DEFAULT_CONTAINER_SORT: ContainerSort = { column: 'name', direction: 'ascending' };

export const isContainerSortColumn = (column: string): column is ContainerSortColumn =>
  (CONTAINER_SORT_COLUMNS as readonly string[]).includes(column);

/** Up first, then on their way, then down: the order a reader scans for "what is running". */
const STATE_RANK: Readonly<Record<ContainerState, number>> = {
  running: 0,
  restarting: 1,
  paused: 2,
  created: 3,
  removing: 4,
  exited: 5,
  dead: 6,
};

type Compare = (a: ContainerSummary, b: ContainerSummary) => number;

const NO_USAGE: UsageById = new Map();

/** The figure a usage column sorts by, or null for a container that has none to show. */
const figureOf = (usage: Usage | undefined, column: UsageColumn): number | null =>
  usage === undefined ? null : column === 'cpu' ? usage.cpu : usage.memory;

/**
 * Live figures first, in the chosen direction; containers without one (stopped, or waiting for a
 * first sample) after them whichever the direction, since "no figure" is neither small nor large.
 */
const byUsage =
  (column: UsageColumn, usage: UsageById, sign: number): Compare =>
  (a, b) => {
    const x = figureOf(usage.get(a.id), column);
    const y = figureOf(usage.get(b.id), column);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return sign * (x - y);
  };

/**
 * A total order for a column: ties fall back to the name and then the id, ascending whatever the
 * direction, so equal rows keep one place and do not swap as updates arrive. Usage columns read the
 * figures in `usage` (by container id).
 */
export const containerComparator = (
  sort: ContainerSort,
  collator: Intl.Collator,
  usage: UsageById = NO_USAGE,
): Compare => {
  const byName: Compare = (a, b) => collator.compare(a.name, b.name);
  const byId: Compare = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sign = sort.direction === 'descending' ? -1 : 1;
  if (isUsageColumn(sort.column)) {
    const figures = byUsage(sort.column, usage, sign);
    return (a, b) => figures(a, b) || byName(a, b) || byId(a, b);
  }
  const primary: Compare =
    sort.column === 'name'
      ? byName
      : sort.column === 'image'
        ? (a, b) => collator.compare(a.image, b.image)
        : sort.column === 'state'
          ? (a, b) => STATE_RANK[a.state] - STATE_RANK[b.state]
          : (a, b) => a.created - b.created;
  return (a, b) => sign * primary(a, b) || (sort.column === 'name' ? 0 : byName(a, b)) || byId(a, b);
};

/**
 * The next sort when a column's header is pressed: the same column flips; another starts ascending,
 * except a usage column, which starts with the heaviest (what one sorts by memory to find).
 */
export const nextSort = (current: ContainerSort, column: ContainerSortColumn): ContainerSort =>
  current.column === column
    ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { column, direction: isUsageColumn(column) ? 'descending' : 'ascending' };

/**
 * Favourites first, each part keeping its order (a stable partition): pinning never reorders
 * within the favourites or within the rest.
 */
export const pinFavourites = <T extends { readonly name: string }>(
  sorted: readonly T[],
  favourites: ReadonlySet<string>,
): { readonly pinned: T[]; readonly rest: T[] } => {
  const pinned: T[] = [];
  const rest: T[] = [];
  for (const item of sorted) (favourites.has(item.name) ? pinned : rest).push(item);
  return { pinned, rest };
};
