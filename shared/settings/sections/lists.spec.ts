import { describe, expect, it } from 'vitest';
import { readSettings, settingsUpdateRequest } from '../settings.js';
import { addGroup, removeGroup, setGroupCollapsed, setGroupOf, toggleFavourite } from './list-edits.js';
import { MAX_FAVOURITES } from './list-limits.js';
import { listsSection, type UserGroup } from './lists.js';

describe('lists settings section', () => {
  it('defaults to no remembered views and no favourites', () => {
    expect(readSettings({}).lists).toEqual({ views: {}, favourites: [], hiddenColumns: {}, groups: [] });
  });

  it('reads a saved view and keeps unknown keys, and takes defaults for a damaged field', () => {
    const read = listsSection.read.parse({
      views: { containers: { sort: { column: 'name', direction: 'descending' }, filter: 'running' } },
      favourites: 'not a list',
      later: 1,
    });
    expect(read.views.containers).toEqual({
      sort: { column: 'name', direction: 'descending' },
      filter: 'running',
    });
    expect(read.favourites).toEqual([]);
    expect((read as Record<string, unknown>)['later']).toBe(1);
  });

  it('refuses an update with an unknown view, a bad direction, an odd column or too many favourites', () => {
    const view = (sort: unknown, filter = 'all') => ({
      section: 'lists',
      values: { views: { containers: { sort, filter } } },
    });
    expect(settingsUpdateRequest.safeParse(view({ column: 'name', direction: 'descending' })).success).toBe(
      true,
    );
    expect(settingsUpdateRequest.safeParse(view({ column: 'name', direction: 'sideways' })).success).toBe(
      false,
    );
    expect(
      settingsUpdateRequest.safeParse(view({ column: '<script>', direction: 'ascending' })).success,
    ).toBe(false);
    expect(
      settingsUpdateRequest.safeParse({
        section: 'lists',
        values: { views: { pods: { sort: { column: 'name', direction: 'ascending' }, filter: 'all' } } },
      }).success,
    ).toBe(false);
    const many = Array.from({ length: MAX_FAVOURITES + 1 }, (_, i) => `c${i}`);
    expect(settingsUpdateRequest.safeParse({ section: 'lists', values: { favourites: many } }).success).toBe(
      false,
    );
    expect(settingsUpdateRequest.safeParse({ section: 'lists', values: { favourites: [''] } }).success).toBe(
      false,
    );
  });

  it('toggles a favourite without duplicates', () => {
    expect(toggleFavourite(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleFavourite(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleFavourite(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleFavourite([], 'x', false)).toEqual([]);
  });

  it('reads saved groups, and takes no groups for a damaged or repeated list', () => {
    const groups = [{ name: 'web', members: ['a', 'b'], collapsed: true }];
    expect(listsSection.read.parse({ groups }).groups).toEqual(groups);
    expect(listsSection.read.parse({ groups: [...groups, ...groups] }).groups).toEqual([]);
    expect(listsSection.read.parse({ groups: [{ name: 'x' }] }).groups).toEqual([]);
  });

  it('refuses an update with a repeated group name, an empty name or an unknown group field', () => {
    const update = (groups: unknown) =>
      settingsUpdateRequest.safeParse({ section: 'lists', values: { groups } });
    const web = { name: 'web', members: ['a'], collapsed: false };
    expect(update([web]).success).toBe(true);
    expect(update([web, { ...web, members: [] }]).success).toBe(false);
    expect(update([{ ...web, name: '   ' }]).success).toBe(false);
    expect(update([{ ...web, colour: 'red' }]).success).toBe(false);
  });
});

describe('user groups', () => {
  const web: UserGroup = { name: 'web', members: ['a', 'b'], collapsed: false };
  const db: UserGroup = { name: 'db', members: ['c'], collapsed: false };

  it('adds a group once, trimmed, and never an empty one', () => {
    expect(addGroup([web], '  db ')).toEqual([web, { name: 'db', members: [], collapsed: false }]);
    expect(addGroup([web], 'web')).toEqual([web]);
    expect(addGroup([web], ' ')).toEqual([web]);
  });

  it('moves a member between groups: one group per container at most', () => {
    expect(setGroupOf([web, db], 'a', 'db')).toEqual([
      { ...web, members: ['b'] },
      { ...db, members: ['c', 'a'] },
    ]);
    expect(setGroupOf([web, db], 'c', null)).toEqual([web, { ...db, members: [] }]);
    // Already there: the very same objects come back, so nothing is saved for nothing.
    const same = setGroupOf([web, db], 'b', 'web');
    expect(same[0]).toBe(web);
    expect(same[1]).toBe(db);
  });

  it('folds and removes a group by name', () => {
    expect(setGroupCollapsed([web, db], 'db', true)).toEqual([web, { ...db, collapsed: true }]);
    expect(removeGroup([web, db], 'web')).toEqual([db]);
  });
});
