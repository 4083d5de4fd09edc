import {
  BERTH_HELPER_LABEL,
  type ContainerState,
  type ContainerSummary,
} from '../../../shared/contract/containers.js';
import { nameCollator } from '../../lib/collate.js';
import { onEngineOf } from '../../lib/engine-routing.js';
import type { UserGroup } from '../../../shared/settings/sections/lists.js';
import {
  containerComparator,
  DEFAULT_CONTAINER_SORT,
  pinFavourites,
  type ContainerSort,
  type UsageById,
} from './container-order.js';
import type { ContainerFilter } from './containers-store.js';
import { formatPorts } from './port-format.js';

export interface GroupRow {
  readonly kind: 'group';
  readonly key: string;
  readonly project: string;
  /** Counts over the whole project, whatever the filter shows. */
  readonly running: number;
  readonly total: number;
  readonly collapsed: boolean;
  /** The project's containers that match the filter and search (what "select project" selects). */
  readonly ids: readonly string[];
}

/** The header of a group the user made (kept in the settings, members by container name). */
export interface UserGroupRow {
  readonly kind: 'user-group';
  readonly key: string;
  readonly name: string;
  /** Counts over the group's containers that exist, whatever the filter shows. */
  readonly running: number;
  readonly total: number;
  readonly collapsed: boolean;
  /** The group's containers that match the filter and search. */
  readonly ids: readonly string[];
}

export interface ContainerRow {
  readonly kind: 'container';
  readonly key: string;
  readonly container: ContainerSummary;
  readonly grouped: boolean;
}

export type ListRow = GroupRow | UserGroupRow | ContainerRow;

export interface RowsInput {
  readonly byId: ReadonlyMap<string, ContainerSummary>;
  readonly filter: ContainerFilter;
  readonly search: string;
  readonly collapsed: ReadonlySet<string>;
  /** Default: by name, ascending. */
  readonly sort?: ContainerSort;
  /** Container names pinned above everything else (groups included), in the sort's order. */
  readonly favourites?: ReadonlySet<string>;
  /** The user's groups, shown before the compose projects; a member shows there, not in its project. */
  readonly groups?: readonly UserGroup[];
  /** Live CPU and memory by container id, for the usage columns. */
  readonly usage?: UsageById;
}

export interface Rows {
  /** Flat, in display order, for the virtualiser: group headers followed by their members. */
  readonly rows: readonly ListRow[];
  /** Every container matching filter and search, including those in collapsed groups. */
  readonly matchingIds: readonly string[];
}

/** Up, or about to be: these hold resources and need stopping. */
export const isActive = (state: ContainerState): boolean =>
  state === 'running' || state === 'paused' || state === 'restarting';

export const matchesFilter = (container: ContainerSummary, filter: ContainerFilter): boolean =>
  filter === 'all' || (filter === 'running') === isActive(container.state);

// Containers are replaced (never mutated) on change, so an object identity is a safe cache key.
const haystacks = new WeakMap<ContainerSummary, string>();

const haystack = (c: ContainerSummary): string => {
  let text = haystacks.get(c);
  if (text === undefined) {
    const ports = formatPorts(c.ports).map((p) => p.label);
    text = [c.name, c.image, c.project ?? '', ...ports].join('\n').toLowerCase();
    haystacks.set(c, text);
  }
  return text;
};

export const matchesSearch = (container: ContainerSummary, search: string): boolean => {
  const needle = search.trim().toLowerCase();
  return needle === '' || haystack(container).includes(needle);
};

interface Members {
  readonly all: ContainerSummary[];
  readonly matching: ContainerSummary[];
}

/**
 * Filter, search, sort (by name unless told) and group. Favourites come first, then the user's
 * groups, then compose projects (each by name), then containers in neither: a stable order that does
 * not jump as states change. A favourite stays on top even when it is in a group.
 */
export const buildRows = ({
  byId,
  filter,
  search,
  collapsed,
  sort = DEFAULT_CONTAINER_SORT,
  favourites = new Set(),
  groups = [],
  usage,
}: RowsInput): Rows => {
  const projects = new Map<string, Members>();
  const userGroups = new Map<string, Members>(groups.map((g) => [g.name, { all: [], matching: [] }]));
  const groupOf = new Map<string, Members>();
  for (const group of groups) {
    const members = userGroups.get(group.name);
    if (members) for (const name of group.members) groupOf.set(name, members);
  }
  const loose: ContainerSummary[] = [];
  const collator = nameCollator();
  const compare = containerComparator(sort, collator, usage);
  const pinned: ContainerSummary[] = [];
  for (const container of byId.values()) {
    if (BERTH_HELPER_LABEL in container.labels) continue;
    const matches = matchesFilter(container, filter) && matchesSearch(container, search);
    if (matches && favourites.has(container.name)) pinned.push(container);
    // A member of a user group is listed there, not in its project (which still counts it).
    const userGroup = groupOf.get(container.name);
    if (userGroup) {
      userGroup.all.push(container);
      if (matches && !favourites.has(container.name)) userGroup.matching.push(container);
    }
    if (container.project === null) {
      if (matches && !userGroup) loose.push(container);
      continue;
    }
    // Compose projects are an engine's own: "web" on two engines is two projects, keyed like their containers.
    const projectKey = onEngineOf(container.id, container.project);
    let project = projects.get(projectKey);
    if (!project) {
      project = { all: [], matching: [] };
      projects.set(projectKey, project);
    }
    project.all.push(container);
    if (matches && !favourites.has(container.name) && !userGroup) project.matching.push(container);
  }

  const rows: ListRow[] = [];
  const matchingIds: string[] = [];
  pinned.sort(compare);
  for (const container of pinned) {
    rows.push({ kind: 'container', key: container.id, container, grouped: false });
    matchingIds.push(container.id);
  }
  // Groups and projects follow the name order's direction; other columns leave them by name.
  const sign = sort.column === 'name' && sort.direction === 'descending' ? -1 : 1;
  const byGroupName = (a: string, b: string): number => sign * (collator.compare(a, b) || (a < b ? -1 : 1));
  for (const group of [...groups].sort((a, b) => byGroupName(a.name, b.name))) {
    const members = userGroups.get(group.name);
    // A group just made (no members yet) shows, so the user sees it; one filtered empty does not.
    if (!members || (members.matching.length === 0 && group.members.length > 0)) continue;
    members.matching.sort(compare);
    const ids = members.matching.map((c) => c.id);
    rows.push({
      kind: 'user-group',
      key: `group:${group.name}`,
      name: group.name,
      running: members.all.filter((c) => isActive(c.state)).length,
      total: members.all.length,
      collapsed: group.collapsed,
      ids,
    });
    matchingIds.push(...ids);
    if (!group.collapsed) {
      for (const container of members.matching) {
        rows.push({ kind: 'container', key: container.id, container, grouped: true });
      }
    }
  }
  const names = [...projects.keys()].sort(byGroupName);
  for (const name of names) {
    const project = projects.get(name);
    if (!project || project.matching.length === 0) continue;
    project.matching.sort(compare);
    const ids = project.matching.map((c) => c.id);
    const isCollapsed = collapsed.has(name);
    rows.push({
      kind: 'group',
      key: `project:${name}`,
      project: name,
      running: project.all.filter((c) => isActive(c.state)).length,
      total: project.all.length,
      collapsed: isCollapsed,
      ids,
    });
    matchingIds.push(...ids);
    if (!isCollapsed) {
      for (const container of project.matching) {
        rows.push({ kind: 'container', key: container.id, container, grouped: true });
      }
    }
  }
  loose.sort(compare);
  for (const container of pinFavourites(loose, favourites).rest) {
    rows.push({ kind: 'container', key: container.id, container, grouped: false });
    matchingIds.push(container.id);
  }
  return { rows, matchingIds };
};
