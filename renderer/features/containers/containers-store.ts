import { create } from 'zustand';
import type { ContainerSummary, ContainersChanged } from '../../../shared/contract/containers.js';

export type ContainerFilter = 'all' | 'running' | 'stopped';

export interface ContainersState {
  readonly byId: ReadonlyMap<string, ContainerSummary>;
  readonly selected: ReadonlySet<string>;
  readonly filter: ContainerFilter;
  readonly search: string;
  /** Compose projects whose rows are folded away. */
  readonly collapsed: ReadonlySet<string>;
  /** Containers with an action in flight; their controls wait for the outcome. */
  readonly busy: ReadonlySet<string>;
}

const initialState: ContainersState = {
  byId: new Map(),
  selected: new Set(),
  filter: 'all',
  search: '',
  collapsed: new Set(),
  busy: new Set(),
};

export const useContainersStore = create<ContainersState>()(() => initialState);

const withKeysIn = (set: ReadonlySet<string>, map: ReadonlyMap<string, unknown>): ReadonlySet<string> => {
  for (const id of set) {
    if (!map.has(id)) return new Set([...set].filter((key) => map.has(key)));
  }
  return set;
};

const toggled = (set: ReadonlySet<string>, key: string, on: boolean): ReadonlySet<string> => {
  if (set.has(key) === on) return set;
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
};

/** Applies a `containers.changed` push (or a fresh list as a reset); Maps are replaced, never mutated. */
export const applyContainersChanged = (change: ContainersChanged): void => {
  useContainersStore.setState((s) => {
    const byId = new Map(change.reset ? [] : s.byId);
    for (const id of change.removed) byId.delete(id);
    for (const container of change.upserts) byId.set(container.id, container);
    return { byId, selected: withKeysIn(s.selected, byId) };
  });
};

export const setFilter = (filter: ContainerFilter): void => {
  useContainersStore.setState({ filter });
};

export const setSearch = (search: string): void => {
  useContainersStore.setState({ search });
};

export const setSelected = (id: string, on: boolean): void => {
  useContainersStore.setState((s) => ({ selected: toggled(s.selected, id, on) }));
};

/** Selects or clears many at once (select all, a compose project). */
export const setManySelected = (ids: readonly string[], on: boolean): void => {
  useContainersStore.setState((s) => {
    const next = new Set(s.selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    return { selected: next };
  });
};

export const clearSelection = (): void => {
  useContainersStore.setState({ selected: new Set() });
};

export const toggleCollapsed = (project: string): void => {
  useContainersStore.setState((s) => ({
    collapsed: toggled(s.collapsed, project, !s.collapsed.has(project)),
  }));
};

export const setBusy = (ids: readonly string[], on: boolean): void => {
  useContainersStore.setState((s) => {
    const next = new Set(s.busy);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    return { busy: next };
  });
};

export const resetContainersStore = (): void => {
  useContainersStore.setState(initialState, true);
};
