import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { buildRows, matchesFilter, matchesSearch, type ListRow, type RowsInput } from './container-rows.js';
import { container } from './test-containers.js';

const input = (containers: readonly ContainerSummary[], overrides: Partial<RowsInput> = {}): RowsInput => ({
  byId: new Map(containers.map((c) => [c.id, c])),
  filter: 'all',
  search: '',
  collapsed: new Set(),
  ...overrides,
});

const describeRows = (rows: readonly ListRow[]): string[] =>
  rows.map((row) =>
    row.kind === 'group'
      ? `[${row.project} ${row.running}/${row.total}${row.collapsed ? ' collapsed' : ''}]`
      : row.kind === 'user-group'
        ? `{${row.name} ${row.running}/${row.total}${row.collapsed ? ' collapsed' : ''}}`
        : row.container.name,
  );

describe('matchesFilter', () => {
  it('running means running, paused or restarting; stopped is everything else', () => {
    const states = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'] as const;
    const running = states.filter((state) => matchesFilter(container({ state }), 'running'));
    const stopped = states.filter((state) => matchesFilter(container({ state }), 'stopped'));
    expect(running).toEqual(['running', 'paused', 'restarting']);
    expect(stopped).toEqual(['created', 'removing', 'exited', 'dead']);
    expect(states.every((state) => matchesFilter(container({ state }), 'all'))).toBe(true);
  });
});

describe('matchesSearch', () => {
  const web = container({
    name: 'Shop-Web-1',
    image: 'registry.example/Shop/web:2',
    project: 'Shop',
    ports: [{ ip: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' }],
  });

  it('matches name, image, project and ports, ignoring case and surrounding space', () => {
    expect(matchesSearch(web, 'shop-web')).toBe(true);
    expect(matchesSearch(web, 'REGISTRY.example')).toBe(true);
    expect(matchesSearch(web, ' shop ')).toBe(true);
    expect(matchesSearch(web, '8080')).toBe(true);
    expect(matchesSearch(web, '8080→80')).toBe(true);
    expect(matchesSearch(web, 'postgres')).toBe(false);
    expect(matchesSearch(web, '')).toBe(true);
  });

  it('does not search the command or labels', () => {
    expect(matchesSearch(container({ command: 'sleep 1000', labels: { a: 'zzz' } }), 'sleep')).toBe(false);
  });
});

describe('buildRows', () => {
  const containers = [
    container({ id: '1', name: 'web-10', project: 'shop' }),
    container({ id: '2', name: 'web-2', project: 'shop', state: 'exited' }),
    container({ id: '3', name: 'db', project: 'shop' }),
    container({ id: '4', name: 'Zed' }),
    container({ id: '5', name: 'alpha', state: 'exited' }),
    container({ id: '6', name: 'api', project: 'blog', state: 'paused' }),
  ];

  it('groups by project (groups first, by name) then loose containers, names sorted naturally', () => {
    expect(describeRows(buildRows(input(containers)).rows)).toEqual([
      '[blog 1/1]',
      'api',
      '[shop 2/3]',
      'db',
      'web-2',
      'web-10',
      'alpha',
      'Zed',
    ]);
  });

  it('keeps a project of the same name on two engines apart, each keyed with its engine', () => {
    const merged = [
      container({ id: 'a1@default', name: 'web-a', project: 'shop' }),
      container({ id: 'b1@ctx:remote', name: 'web-b', project: 'shop' }),
      container({ id: 'b2@ctx:remote', name: 'db-b', project: 'shop', state: 'exited' }),
    ];
    expect(describeRows(buildRows(input(merged)).rows)).toEqual([
      '[shop@ctx:remote 1/2]',
      'db-b',
      'web-b',
      '[shop@default 1/1]',
      'web-a',
    ]);
  });

  it("leaves out Berth's own helper containers", () => {
    const helper = container({
      id: 'h',
      name: 'berth-helper-1',
      labels: { 'dev.berth.helper': 'volume-browse' },
    });
    const rows = buildRows(input([...containers, helper]));
    expect(describeRows(rows.rows)).not.toContain('berth-helper-1');
    expect(rows.matchingIds).not.toContain('h');
  });

  it('a collapsed group keeps its header and hides its members, which still count as matching', () => {
    const { rows, matchingIds } = buildRows(input(containers, { collapsed: new Set(['shop']) }));
    expect(describeRows(rows)).toEqual(['[blog 1/1]', 'api', '[shop 2/3 collapsed]', 'alpha', 'Zed']);
    expect(matchingIds).toEqual(['6', '3', '2', '1', '5', '4']);
  });

  it('filters members but counts the whole project in the header; empty groups disappear', () => {
    const stopped = buildRows(input(containers, { filter: 'stopped' }));
    expect(describeRows(stopped.rows)).toEqual(['[shop 2/3]', 'web-2', 'alpha']);
    const group = stopped.rows[0];
    expect(group?.kind === 'group' ? group.ids : []).toEqual(['2']);
  });

  it('combines search with the filter', () => {
    expect(describeRows(buildRows(input(containers, { filter: 'running', search: 'WEB' })).rows)).toEqual([
      '[shop 2/3]',
      'web-10',
    ]);
  });

  it('keys rows by container id and project so the virtualiser keeps identity', () => {
    const keys = buildRows(input(containers)).rows.map((row) => row.key);
    expect(keys).toEqual(['project:blog', '6', 'project:shop', '3', '2', '1', '5', '4']);
  });

  // How fast it is belongs to bench/ (the list table), not to a timed assertion here.
  it('keeps every match among a thousand containers, each once', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      container({ id: `id${i}`, name: `c-${i}`, project: i % 3 === 0 ? `p${i % 30}` : null }),
    );
    const { rows } = buildRows(input(many, { search: 'c-9' }));
    const ids = rows.flatMap((row) => (row.kind === 'container' ? [row.container.id] : []));
    const expected = many.filter((c) => c.name.startsWith('c-9')).map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
  });
});

describe('user groups', () => {
  const api = container({ id: 'u1', name: 'api', project: 'shop' });
  const cache = container({ id: 'u2', name: 'cache', state: 'exited' });
  const web = container({ id: 'u3', name: 'web', project: 'shop' });
  const tool = container({ id: 'u4', name: 'tool' });
  const all = [api, cache, web, tool];

  it('come before projects and show their members there only, counting them whatever the filter', () => {
    const groups = [
      { name: 'mine', members: ['api', 'cache', 'gone'], collapsed: false },
      { name: 'empty', members: [], collapsed: false },
    ];
    const { rows, matchingIds } = buildRows(input(all, { groups, filter: 'running' }));
    expect(describeRows(rows)).toEqual(['{empty 0/0}', '{mine 1/2}', 'api', '[shop 2/2]', 'web', 'tool']);
    expect(matchingIds).toEqual(['u1', 'u3', 'u4']);
  });

  it('fold from the settings, and hide when the filter leaves none of their members', () => {
    const folded = [{ name: 'mine', members: ['api'], collapsed: true }];
    expect(describeRows(buildRows(input(all, { groups: folded })).rows)).toEqual([
      '{mine 1/1 collapsed}',
      '[shop 2/2]',
      'web',
      'cache',
      'tool',
    ]);
    expect(buildRows(input(all, { groups: folded })).matchingIds).toContain('u1');
    expect(describeRows(buildRows(input(all, { groups: folded, search: 'tool' })).rows)).toEqual(['tool']);
  });

  it('leave a favourite member pinned on top', () => {
    const groups = [{ name: 'mine', members: ['api', 'cache'], collapsed: false }];
    expect(describeRows(buildRows(input(all, { groups, favourites: new Set(['cache']) })).rows)).toEqual([
      'cache',
      '{mine 1/2}',
      'api',
      '[shop 2/2]',
      'web',
      'tool',
    ]);
  });
});
