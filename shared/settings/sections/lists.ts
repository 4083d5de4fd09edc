import { z } from 'zod';
import { defineSection } from '../define-section.js';
import { LIST_VIEWS, MAX_FAVOURITES, MAX_GROUP_NAME, MAX_GROUPS, SORT_DIRECTIONS } from './list-limits.js';

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
