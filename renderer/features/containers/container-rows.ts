import {
  BERTH_HELPER_LABEL,
  type ContainerState,
  type ContainerSummary,
} from '../../../shared/contract/containers.js';
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

export interface ContainerRow {
  readonly kind: 'container';
  readonly key: string;
  readonly container: ContainerSummary;
  readonly grouped: boolean;
}

export type ListRow = GroupRow | ContainerRow;

export interface RowsInput {
  readonly byId: ReadonlyMap<string, ContainerSummary>;
  readonly filter: ContainerFilter;
  readonly search: string;
  readonly collapsed: ReadonlySet<string>;
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

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const byName = (a: ContainerSummary, b: ContainerSummary): number =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Filter, search, sort by name and group by compose project. Groups come first (by project
 * name), then containers outside any project: a stable order that does not jump as states change.
 */
export const buildRows = ({ byId, filter, search, collapsed }: RowsInput): Rows => {
  const projects = new Map<string, { all: ContainerSummary[]; matching: ContainerSummary[] }>();
  const loose: ContainerSummary[] = [];
  for (const container of byId.values()) {
    if (BERTH_HELPER_LABEL in container.labels) continue;
    const matches = matchesFilter(container, filter) && matchesSearch(container, search);
    if (container.project === null) {
      if (matches) loose.push(container);
      continue;
    }
    let project = projects.get(container.project);
    if (!project) {
      project = { all: [], matching: [] };
      projects.set(container.project, project);
    }
    project.all.push(container);
    if (matches) project.matching.push(container);
  }

  const rows: ListRow[] = [];
  const matchingIds: string[] = [];
  const names = [...projects.keys()].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : 1));
  for (const name of names) {
    const project = projects.get(name);
    if (!project || project.matching.length === 0) continue;
    project.matching.sort(byName);
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
  loose.sort(byName);
  for (const container of loose) {
    rows.push({ kind: 'container', key: container.id, container, grouped: false });
    matchingIds.push(container.id);
  }
  return { rows, matchingIds };
};
