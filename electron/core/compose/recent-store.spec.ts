import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_COMPOSE_FILES } from '../../../shared/contract/compose.js';
import { RECENT_FILE_NAME, RecentComposeStore } from './recent-store.js';

describe('RecentComposeStore', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'berth-recent-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('is empty before the first write and creates the settings folder on it', async () => {
    const store = new RecentComposeStore(join(root, 'berth'));
    expect(await store.list()).toEqual([]);
    await store.remember({ path: '/a.yml', project: null, usedAt: 1 });
    expect(JSON.parse(readFileSync(join(root, 'berth', RECENT_FILE_NAME), 'utf8'))).toEqual([
      { path: '/a.yml', project: null, usedAt: 1 },
    ]);
  });

  it('serialises concurrent writes: every use lands, newest first, bounded, no temporary files left', async () => {
    const store = new RecentComposeStore(root);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => store.remember({ path: `/f${i}.yml`, project: null, usedAt: i })),
    );
    const list = await store.list();
    expect(list).toHaveLength(MAX_RECENT_COMPOSE_FILES);
    expect(list.map((e) => e.path).slice(0, 2)).toEqual(['/f29.yml', '/f28.yml']);
    expect(readdirSync(root)).toEqual([RECENT_FILE_NAME]);
  });

  it('survives a corrupt file: reads as empty, and the next use replaces it', async () => {
    writeFileSync(join(root, RECENT_FILE_NAME), '{"torn');
    const store = new RecentComposeStore(root);
    expect(await store.list()).toEqual([]);
    expect(await store.remember({ path: '/b.yml', project: 'b', usedAt: 2 })).toEqual([
      { path: '/b.yml', project: 'b', usedAt: 2 },
    ]);
  });
});
