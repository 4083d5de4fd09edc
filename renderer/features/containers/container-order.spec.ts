import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { nameCollator } from '../../lib/collate.js';
import {
  containerComparator,
  nextSort,
  pinFavourites,
  type ContainerSort,
  type UsageById,
} from './container-order.js';
import { buildRows } from './container-rows.js';
import { container } from './test-containers.js';

const collator = nameCollator('en');
const names = (list: readonly ContainerSummary[], sort: ContainerSort): string[] =>
  [...list].sort(containerComparator(sort, collator)).map((c) => c.name);

const web2 = container({ id: 'a', name: 'web-2', image: 'nginx', state: 'exited', created: 300 });
const web10 = container({ id: 'b', name: 'web-10', image: 'alpine', state: 'running', created: 100 });
const db = container({ id: 'c', name: 'db', image: 'postgres', state: 'paused', created: 200 });
const all = [web10, db, web2];

describe('containerComparator', () => {
  it('sorts names by value, either way', () => {
    expect(names(all, { column: 'name', direction: 'ascending' })).toEqual(['db', 'web-2', 'web-10']);
    expect(names(all, { column: 'name', direction: 'descending' })).toEqual(['web-10', 'web-2', 'db']);
  });

  it('sorts by image, by creation time and by state (running first)', () => {
    expect(names(all, { column: 'image', direction: 'ascending' })).toEqual(['web-10', 'web-2', 'db']);
    expect(names(all, { column: 'created', direction: 'descending' })).toEqual(['web-2', 'db', 'web-10']);
    expect(names(all, { column: 'state', direction: 'ascending' })).toEqual(['web-10', 'db', 'web-2']);
  });

  it('breaks ties by name ascending whatever the direction, then by id', () => {
    const twin = container({ id: 'd', name: 'api', image: 'nginx', state: 'exited', created: 300 });
    const sameName = container({ id: '0', name: 'api', image: 'nginx', state: 'exited', created: 300 });
    expect(
      [web2, twin, sameName]
        .sort(containerComparator({ column: 'created', direction: 'descending' }, collator))
        .map((c) => c.id),
    ).toEqual(['0', 'd', 'a']);
  });
});

describe('sorting by live usage', () => {
  const big = container({ id: 'm1', name: 'big', state: 'running' });
  const small = container({ id: 'm2', name: 'small', state: 'running' });
  const mid = container({ id: 'm3', name: 'mid', state: 'running' });
  const waiting = container({ id: 'm4', name: 'waiting', state: 'running' });
  const stopped = container({ id: 'm5', name: 'a-stopped', state: 'exited' });
  const usage: UsageById = new Map([
    ['m1', { cpu: 5, memory: 300 }],
    ['m2', { cpu: 50, memory: 100 }],
    ['m3', { cpu: null, memory: 200 }],
  ]);
  const byUsage = (sort: ContainerSort): string[] =>
    [stopped, waiting, small, big, mid].sort(containerComparator(sort, collator, usage)).map((c) => c.name);

  it('orders running containers by their memory either way, those without a figure after them', () => {
    expect(byUsage({ column: 'memory', direction: 'descending' })).toEqual([
      'big',
      'mid',
      'small',
      'a-stopped',
      'waiting',
    ]);
    expect(byUsage({ column: 'memory', direction: 'ascending' })).toEqual([
      'small',
      'mid',
      'big',
      'a-stopped',
      'waiting',
    ]);
  });

  it('orders by CPU; a first sample without a CPU figure counts as no figure', () => {
    expect(byUsage({ column: 'cpu', direction: 'descending' })).toEqual([
      'small',
      'big',
      'a-stopped',
      'mid',
      'waiting',
    ]);
  });

  it('keeps equal figures in name order, whatever the direction', () => {
    const twins: UsageById = new Map([
      ['m1', { cpu: 1, memory: 100 }],
      ['m2', { cpu: 1, memory: 100 }],
    ]);
    const order = (direction: 'ascending' | 'descending') =>
      [small, big]
        .sort(containerComparator({ column: 'memory', direction }, collator, twins))
        .map((c) => c.name);
    expect(order('ascending')).toEqual(['big', 'small']);
    expect(order('descending')).toEqual(['big', 'small']);
  });

  it('sorts groups by name and their members by the figure', () => {
    const rows = buildRows({
      byId: new Map([big, small, mid].map((c) => [c.id, c])),
      filter: 'all',
      search: '',
      collapsed: new Set(),
      sort: { column: 'memory', direction: 'descending' },
      groups: [{ name: 'heavy', members: ['small', 'big'], collapsed: false }],
      usage,
    }).rows;
    expect(rows.map((r) => (r.kind === 'container' ? r.container.name : r.key))).toEqual([
      'group:heavy',
      'big',
      'small',
      'mid',
    ]);
  });
});

describe('nextSort', () => {
  it('starts a usage column with the heaviest first', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'memory')).toEqual({
      column: 'memory',
      direction: 'descending',
    });
    expect(nextSort({ column: 'memory', direction: 'descending' }, 'memory')).toEqual({
      column: 'memory',
      direction: 'ascending',
    });
  });

  it('flips the same column and starts another ascending', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
      column: 'name',
      direction: 'descending',
    });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'created')).toEqual({
      column: 'created',
      direction: 'ascending',
    });
  });
});

describe('pinning favourites', () => {
  it('is a stable partition', () => {
    const { pinned, rest } = pinFavourites(all, new Set(['db', 'web-2']));
    expect(pinned.map((c) => c.name)).toEqual(['db', 'web-2']);
    expect(rest.map((c) => c.name)).toEqual(['web-10']);
  });

  it('puts favourites above groups and loose rows, out of their project, in the sort order', () => {
    const member = container({ id: 'p1', name: 'shop-api', project: 'shop' });
    const favouriteMember = container({ id: 'p2', name: 'shop-db', project: 'shop' });
    const byId = new Map([...all, member, favouriteMember].map((c) => [c.id, c]));
    const { rows, matchingIds } = buildRows({
      byId,
      filter: 'all',
      search: '',
      collapsed: new Set(),
      sort: { column: 'name', direction: 'descending' },
      favourites: new Set(['shop-db', 'db']),
    });
    expect(
      rows.map((r) =>
        r.kind === 'group' ? `group:${r.project}` : r.kind === 'user-group' ? r.name : r.container.name,
      ),
    ).toEqual(['shop-db', 'db', 'group:shop', 'shop-api', 'web-10', 'web-2']);
    // Each container is listed once; the group still counts its whole project.
    expect(new Set(matchingIds).size).toBe(matchingIds.length);
    const group = rows.find((r) => r.kind === 'group');
    expect(group?.kind === 'group' && group.total).toBe(2);
  });

  it('pins only what the filter and search show', () => {
    const byId = new Map(all.map((c) => [c.id, c]));
    const { rows } = buildRows({
      byId,
      filter: 'running',
      search: '',
      collapsed: new Set(),
      favourites: new Set(['web-2']),
    });
    expect(rows.map((r) => r.kind === 'container' && r.container.name)).toEqual(['db', 'web-10']);
  });
});
