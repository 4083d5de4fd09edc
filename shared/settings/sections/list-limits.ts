// The lists section's names and bounds without its zod schema (lists.ts): the renderer's first
// screen needs these, and loads no zod.

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
