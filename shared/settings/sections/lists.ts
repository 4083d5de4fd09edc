import { z } from 'zod';
import { defineSection } from '../define-section.js';

/** The lists whose sort and filter are remembered (issue 19). */
export const LIST_VIEWS = ['containers', 'images', 'volumes', 'networks'] as const;
export type ListView = (typeof LIST_VIEWS)[number];

/** Most favourites kept: a bound on what the renderer may make the backend store. */
export const MAX_FAVOURITES = 500;

/** Most user groups, and the longest group name: bounds on what the renderer may make the backend store. */
export const MAX_GROUPS = 100;
export const MAX_GROUP_NAME = 64;

export const SORT_DIRECTIONS = ['ascending', 'descending'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** One view's arrangement as the user left it; columns are the view's own keys (e.g. `name`, `created`). */
export const listViewState = z.strictObject({
  sort: z.strictObject({
    column: z.string().regex(/^[a-z][a-zA-Z]{0,31}$/),
    direction: z.enum(SORT_DIRECTIONS),
  }),
  /** The view's segmented filter (`all`, `running`…); searches are not kept, they are momentary. */
  filter: z.string().regex(/^[a-z][a-zA-Z-]{0,31}$/),
});
export type ListViewState = z.output<typeof listViewState>;

const containerName = z.string().min(1).max(256);

/** A group of containers the user made, shown beside the compose projects. */
export const userGroup = z.strictObject({
  name: z.string().trim().min(1).max(MAX_GROUP_NAME),
  /** Container names, like favourites: membership survives a re-create. */
  members: z.array(containerName).max(MAX_FAVOURITES),
  /** Folded away in the list; kept, as the user left it. */
  collapsed: z.boolean(),
});
export type UserGroup = z.output<typeof userGroup>;

/** Per view sort and filter, favourite containers pinned to the top, and the user's groups. */
export const listsSection = defineSection(
  {
    views: z.partialRecord(z.enum(LIST_VIEWS), listViewState),
    /** Keyed by container name: it survives a re-create, an id does not. */
    favourites: z.array(containerName).max(MAX_FAVOURITES),
    /** Per view, the columns the user hid (the view's own keys); the rest show. */
    hiddenColumns: z.partialRecord(
      z.enum(LIST_VIEWS),
      z.array(z.string().regex(/^[a-z][a-zA-Z]{0,31}$/)).max(32),
    ),
    /** Names are unique: the list and the row menus tell groups apart by name. */
    groups: z
      .array(userGroup)
      .max(MAX_GROUPS)
      .refine((groups) => new Set(groups.map((g) => g.name)).size === groups.length, 'group names repeat'),
  },
  { views: {}, favourites: [], hiddenColumns: {}, groups: [] },
);

/** The favourites with `name` added or taken out, without duplicates; order kept for a stable file. */
export const toggleFavourite = (favourites: readonly string[], name: string, on: boolean): string[] => {
  const rest = favourites.filter((f) => f !== name);
  return on ? [...rest, name].slice(-MAX_FAVOURITES) : rest;
};

/** The groups with a new empty one named `name` (trimmed) at the end; unchanged if the name is taken or empty. */
export const addGroup = (groups: readonly UserGroup[], name: string): UserGroup[] => {
  const trimmed = name.trim();
  if (trimmed === '' || groups.some((g) => g.name === trimmed)) return [...groups];
  return [...groups, { name: trimmed, members: [], collapsed: false }];
};

export const removeGroup = (groups: readonly UserGroup[], name: string): UserGroup[] =>
  groups.filter((g) => g.name !== name);

/**
 * Puts `member` in the group named `group` (or in none, for null), taking it out of any other: a
 * container is in one user group at most, so it has one place in the list.
 */
export const setGroupOf = (groups: readonly UserGroup[], member: string, group: string | null): UserGroup[] =>
  groups.map((g) => {
    const rest = g.members.filter((m) => m !== member);
    const members = g.name === group ? [...rest, member] : rest;
    return members.length === g.members.length && members.every((m, i) => m === g.members[i])
      ? g
      : { ...g, members };
  });

export const setGroupCollapsed = (
  groups: readonly UserGroup[],
  name: string,
  collapsed: boolean,
): UserGroup[] => groups.map((g) => (g.name === name && g.collapsed !== collapsed ? { ...g, collapsed } : g));
