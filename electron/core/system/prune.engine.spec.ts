import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PruneOptions, PrunePreview, PruneResult } from '../../../shared/contract/system.js';
import type { Backend } from '../backend.js';
import { docker, engineSocketPath, TEST_IMAGE, TEST_LABEL } from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';
import {
  createBystanders,
  createPruneFixture,
  existing,
  removePruneFixture,
  type PruneFixture,
} from './prune.fixtures.js';

const SCOPE = 'prune-engine';
const KEEP = 'prune-engine-keep';
const PREFIX = 'berth-prune-eng';
const ctx = { clientId: 'test' };

// Never unfiltered: other helpers' resources and the test image share this engine.
const OPTIONS: PruneOptions = {
  kinds: ['containers', 'networks', 'volumes', 'images', 'buildCache'],
  images: 'dangling',
  label: `${TEST_LABEL}=${SCOPE}`,
};

const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe('prune against the real engine, narrowed by label', () => {
  let backend: Backend;
  let mine: PruneFixture;
  let keep: PruneFixture;

  beforeAll(async () => {
    await removePruneFixture([SCOPE, KEEP]);
    mine = await createPruneFixture(SCOPE, PREFIX);
    keep = await createBystanders(KEEP, PREFIX);
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    (backend as Backend | undefined)?.dispose();
    await removePruneFixture([SCOPE, KEEP]);
  });

  it('previews exactly the labelled stopped containers, unused networks, volumes and dangling image', async () => {
    const r = await backend.router.invoke('system.prunePreview', OPTIONS, ctx);
    if (!r.ok) throw new Error(r.error.message);
    const preview = r.value as PrunePreview;
    const of = (kind: string) => sorted(preview.items.filter((i) => i.kind === kind).map((i) => i.id));
    expect(of('containers')).toEqual(sorted(mine.containers));
    expect(of('networks')).toEqual(sorted(mine.networks));
    expect(of('volumes')).toEqual(sorted([`${PREFIX}-vol-1`, `${PREFIX}-vol-2`]));
    expect(of('images')).toEqual(mine.images);
    expect(of('buildCache')).toEqual([]);
    expect(preview.skipped.map((s) => s.kind)).toEqual(['buildCache']);
    expect(preview.items.find((i) => i.kind === 'images')?.size).toBeGreaterThanOrEqual(0);
  });

  it('removes exactly the previewed items, leaves what appeared later and everything else alone', async () => {
    const r = await backend.router.invoke('system.prunePreview', OPTIONS, ctx);
    if (!r.ok) throw new Error(r.error.message);
    const preview = r.value as PrunePreview;
    // Made after the preview, with the same label: not in the preview, so it must survive.
    const late = await docker('volume', 'create', '--label', `${TEST_LABEL}=${SCOPE}`, `${PREFIX}-vol-late`);

    const applied = await backend.router.invoke(
      'system.pruneApply',
      { options: OPTIONS, items: preview.items.map(({ kind, id }) => ({ kind, id })) },
      ctx,
    );
    if (!applied.ok) throw new Error(applied.error.message);
    const result = applied.value as PruneResult;
    const order = ['containers', 'networks', 'volumes', 'images'];
    const rank = (kind: string): number => order.indexOf(kind);
    expect(result.outcomes.map((o) => [o.kind, o.id, o.result])).toEqual(
      [...preview.items].sort((a, b) => rank(a.kind) - rank(b.kind)).map((i) => [i.kind, i.id, 'removed']),
    );

    expect(await existing('container', mine.containers)).toEqual([]);
    expect(await existing('network', mine.networks)).toEqual([]);
    expect(await existing('volume', [`${PREFIX}-vol-1`, `${PREFIX}-vol-2`])).toEqual([]);
    expect(await existing('image', mine.images)).toEqual([]);

    expect(await existing('volume', [late])).toEqual([late]);
    expect(await existing('container', [...keep.containers, `${PREFIX}-running`])).toHaveLength(2);
    expect(await existing('network', [...keep.networks, `${PREFIX}-net-used`])).toHaveLength(2);
    expect(await existing('volume', [...keep.volumes, `${PREFIX}-vol-used`])).toHaveLength(2);
    expect(await existing('image', [`${PREFIX}-img:latest`, TEST_IMAGE])).toHaveLength(2);
  });

  it('skips, and says so, a previewed item that is no longer eligible', async () => {
    const id = await docker('run', '-d', '--label', `${TEST_LABEL}=${SCOPE}`, TEST_IMAGE, 'sleep', '3600');
    const applied = await backend.router.invoke(
      'system.pruneApply',
      { options: OPTIONS, items: [{ kind: 'containers', id }] },
      ctx,
    );
    expect(applied).toMatchObject({
      ok: true,
      value: { outcomes: [{ kind: 'containers', id, result: 'skipped' }], reclaimed: 0 },
    });
    expect(await existing('container', [id])).toEqual([id]);
  });

  it('refuses a malformed label filter before anything runs', async () => {
    const r = await backend.router.invoke('system.prunePreview', { ...OPTIONS, label: 'a b' }, ctx);
    expect(!r.ok && r.error.code).toBe('VALIDATION');
  });

  it('reports engine facts and disk usage', async () => {
    const info = await backend.router.invoke('system.info', {}, ctx);
    expect(info).toMatchObject({
      ok: true,
      value: { apiVersion: expect.stringMatching(/^1\.\d+$/) as string, osType: 'linux' },
    });
    const version = await docker('version', '--format', '{{.Server.Version}}');
    expect(info.ok && (info.value as { engineVersion: string }).engineVersion).toBe(version);
    const df = await backend.router.invoke('system.diskUsage', {}, ctx);
    if (!df.ok) throw new Error(df.error.message);
    const summary = df.value as { categories: { kind: string; count: number }[] };
    expect(summary.categories.map((c) => c.kind)).toEqual(['images', 'containers', 'volumes', 'buildCache']);
    expect(summary.categories[0]?.count).toBeGreaterThan(0);
  });
});
