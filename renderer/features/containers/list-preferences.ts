import { useLayoutEffect, useMemo } from 'react';
import type { ListViewState, UserGroup } from '../../../shared/settings/sections/lists.js';
// The edits, not lists.ts: that module builds the section's zod schema, which the list never needs.
import {
  addGroup,
  removeGroup,
  setGroupCollapsed,
  setGroupOf,
  toggleFavourite,
} from '../../../shared/settings/sections/list-edits.js';
import type { Settings } from '../../../shared/settings/settings.js';
import type { Client } from '../../ipc/client.js';
import { applySettings, updateSettings, useSettingsStore } from '../../lib/settings-store.js';
import { DEFAULT_CONTAINER_SORT, isContainerSortColumn, type ContainerSort } from './container-order.js';
import { setFilter, useContainersStore, type ContainerFilter } from './containers-store.js';

const FILTERS: readonly ContainerFilter[] = ['all', 'running', 'stopped'];
const EMPTY: ReadonlySet<string> = new Set();
const NO_GROUPS: readonly UserGroup[] = [];

const rememberedView = (settings: Settings | null): ListViewState | undefined =>
  settings?.lists.views.containers;

/** The remembered sort, or by name while settings load or if the file names a column we lack. */
export const useContainerSort = (): ContainerSort => {
  const sort = useSettingsStore((s) => rememberedView(s.settings)?.sort);
  return useMemo(
    () =>
      sort && isContainerSortColumn(sort.column)
        ? { column: sort.column, direction: sort.direction }
        : DEFAULT_CONTAINER_SORT,
    [sort],
  );
};

export const useFavourites = (): ReadonlySet<string> => {
  const favourites = useSettingsStore((s) => s.settings?.lists.favourites);
  return useMemo(() => (favourites ? new Set(favourites) : EMPTY), [favourites]);
};

export const useHiddenColumns = (): ReadonlySet<string> => {
  const hidden = useSettingsStore((s) => s.settings?.lists.hiddenColumns.containers);
  return useMemo(() => (hidden ? new Set(hidden) : EMPTY), [hidden]);
};

/** Shows or hides one column of the containers list, in every window. */
export const saveColumnShown = async (client: Client, column: string, shown: boolean): Promise<void> => {
  const { settings } = useSettingsStore.getState();
  if (!settings) return;
  const rest = (settings.lists.hiddenColumns.containers ?? []).filter((c) => c !== column);
  await saveLists(client, {
    hiddenColumns: { ...settings.lists.hiddenColumns, containers: shown ? rest : [...rest, column] },
  });
};

export const useUserGroups = (): readonly UserGroup[] =>
  useSettingsStore((s) => s.settings?.lists.groups ?? NO_GROUPS);

/**
 * Shown at once, saved after: the list re-sorts on the key press, and a failed save puts back
 * what the backend holds (it answers `settings.get`), so the screen never claims what is not kept.
 */
const saveLists = async (client: Client, values: Partial<Settings['lists']>): Promise<void> => {
  const { settings } = useSettingsStore.getState();
  if (!settings) return;
  applySettings({ ...settings, lists: { ...settings.lists, ...values } });
  try {
    await updateSettings(client, { section: 'lists', values });
  } catch (error) {
    applySettings(await client.invoke('settings.get', {}).catch(() => settings));
    throw error;
  }
};

const withContainersView = (
  settings: Settings,
  change: Partial<ListViewState>,
): Settings['lists']['views'] => {
  const current = rememberedView(settings) ?? { sort: DEFAULT_CONTAINER_SORT, filter: 'all' };
  return { ...settings.lists.views, containers: { ...current, ...change } };
};

export const saveContainerSort = async (client: Client, sort: ContainerSort): Promise<void> => {
  const { settings } = useSettingsStore.getState();
  if (!settings) return;
  await saveLists(client, { views: withContainersView(settings, { sort: { ...sort } }) });
};

export const saveFavourite = async (client: Client, name: string, on: boolean): Promise<void> => {
  const { settings } = useSettingsStore.getState();
  if (!settings) return;
  await saveLists(client, { favourites: toggleFavourite(settings.lists.favourites, name, on) });
};

/** Changes the user's groups from what the settings hold now (a change in another window included). */
const saveGroups = async (
  client: Client,
  change: (groups: readonly UserGroup[]) => UserGroup[],
): Promise<void> => {
  const { settings } = useSettingsStore.getState();
  if (!settings) return;
  await saveLists(client, { groups: change(settings.lists.groups) });
};

export const createGroup = (client: Client, name: string, members: readonly string[]): Promise<void> =>
  saveGroups(client, (groups) =>
    members.reduce((next, member) => setGroupOf(next, member, name.trim()), addGroup(groups, name)),
  );

export const deleteGroup = (client: Client, name: string): Promise<void> =>
  saveGroups(client, (groups) => removeGroup(groups, name));

/** Moves a container (by name) into a group, or out of every group for null. */
export const moveToGroup = (client: Client, member: string, group: string | null): Promise<void> =>
  saveGroups(client, (groups) => setGroupOf(groups, member, group));

export const foldGroup = (client: Client, name: string, collapsed: boolean): Promise<void> =>
  saveGroups(client, (groups) => setGroupCollapsed(groups, name, collapsed));

/**
 * Keeps the segmented filter in the settings: the remembered one is applied when settings first
 * arrive, and each change after that is saved. Errors are left to the next change (the filter on
 * screen stays what the user chose). A layout effect: the remembered filter is in place before the
 * view stops saying it is busy, so nothing the user does in between is overwritten. Returns whether
 * the settings have arrived.
 */
export const useRememberedFilter = (client: Client): boolean => {
  const loaded = useSettingsStore((s) => s.settings !== null);
  useLayoutEffect(() => {
    if (!loaded) return;
    const { settings } = useSettingsStore.getState();
    const remembered = settings ? rememberedView(settings)?.filter : undefined;
    const known = FILTERS.find((f) => f === remembered);
    if (known) setFilter(known);
    return useContainersStore.subscribe((state, previous) => {
      if (state.filter === previous.filter) return;
      const now = useSettingsStore.getState().settings;
      if (!now || rememberedView(now)?.filter === state.filter) return;
      void saveLists(client, { views: withContainersView(now, { filter: state.filter }) }).catch(
        () => undefined,
      );
    });
  }, [loaded, client]);
  return loaded;
};
