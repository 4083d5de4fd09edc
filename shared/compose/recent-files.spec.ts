import { describe, expect, it } from 'vitest';
import { MAX_RECENT_COMPOSE_FILES, type RecentComposeFile } from '../contract/compose.js';
import { addRecent, parseRecent } from './recent-files.js';

const entry = (path: string, usedAt: number, project: string | null = null): RecentComposeFile => ({
  path,
  project,
  usedAt,
});

describe('addRecent', () => {
  it('puts the newest first and keeps one entry per path', () => {
    let list = addRecent([], entry('/a.yml', 1));
    list = addRecent(list, entry('/b.yml', 2));
    list = addRecent(list, entry('/a.yml', 3, 'shop'));
    expect(list).toEqual([entry('/a.yml', 3, 'shop'), entry('/b.yml', 2)]);
  });

  it('is bounded: the oldest fall off', () => {
    let list: RecentComposeFile[] = [];
    for (let i = 0; i < 25; i++) list = addRecent(list, entry(`/f${i}.yml`, i));
    expect(list).toHaveLength(MAX_RECENT_COMPOSE_FILES);
    expect(list[0]?.path).toBe('/f24.yml');
    expect(list.at(-1)?.path).toBe(`/f${25 - MAX_RECENT_COMPOSE_FILES}.yml`);
    expect(addRecent(list, entry('/x.yml', 99), 0)).toEqual([]);
  });
});

describe('parseRecent', () => {
  it('reads a stored list newest first, without duplicates, bounded', () => {
    const stored = [entry('/a.yml', 1), entry('/b.yml', 5, 'p'), entry('/a.yml', 0)];
    expect(parseRecent(JSON.stringify(stored))).toEqual([entry('/b.yml', 5, 'p'), entry('/a.yml', 1)]);
    const many = Array.from({ length: 40 }, (_, i) => entry(`/f${i}.yml`, i));
    expect(parseRecent(JSON.stringify(many))).toHaveLength(MAX_RECENT_COMPOSE_FILES);
  });

  it('drops what is malformed instead of failing', () => {
    expect(parseRecent('{not json')).toEqual([]);
    expect(parseRecent('{"path":"/a.yml"}')).toEqual([]);
    expect(parseRecent('null')).toEqual([]);
    const mixed = [
      entry('/ok.yml', 1),
      { path: '/x.yml', project: 'Bad Name', usedAt: 1 },
      { path: 'a\u0000b', project: null, usedAt: 1 },
      { path: '/y.yml', project: null, usedAt: -1 },
      { path: '/z.yml', project: null, usedAt: 1, extra: true },
      'string',
    ];
    expect(parseRecent(JSON.stringify(mixed))).toEqual([entry('/ok.yml', 1)]);
  });
});
