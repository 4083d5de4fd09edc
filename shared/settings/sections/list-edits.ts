// How the list's favourites and groups change, apart from the section's zod schema (lists.ts) so
// the containers list can use them without loading zod.
import { MAX_FAVOURITES } from './list-limits.js';
// A type only (erased): the group's shape stays the one its schema in lists.ts parses.
import type { UserGroup } from './lists.js';

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
