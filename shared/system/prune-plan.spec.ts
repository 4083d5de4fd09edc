import { describe, expect, it } from 'vitest';
import type { PruneOptions } from '../contract/system.js';
import { container, image, inventory, network, volume } from './inventory.fixtures.js';
import { planPrune } from './prune-plan.js';

const ALL: PruneOptions = {
  kinds: ['containers', 'networks', 'volumes', 'images', 'buildCache'],
  images: 'dangling',
};

const ids = (opts: PruneOptions, inv = sample()) =>
  planPrune(inv, opts).items.map((i) => `${i.kind}:${i.id}`);

const mine = { 'berth.test': 'me' };
const theirs = { 'berth.test': 'other' };

const sample = () =>
  inventory({
    containers: [
      container({
        id: 'c-run',
        state: 'running',
        labels: mine,
        networkIds: ['n-used'],
        volumeNames: ['v-used'],
      }),
      container({
        id: 'c-stopped',
        labels: mine,
        networkIds: ['n-only-stopped'],
        volumeNames: ['v-only-stopped'],
        imageId: 'sha256:img-only-stopped',
      }),
      container({ id: 'c-created', state: 'created', labels: theirs }),
      container({ id: 'c-paused', state: 'paused', labels: mine }),
    ],
    networks: [
      network({ id: 'n-bridge', name: 'bridge', builtin: true, labels: mine }),
      network({ id: 'n-used', labels: mine }),
      network({ id: 'n-only-stopped', labels: mine }),
      network({ id: 'n-free', labels: theirs }),
    ],
    volumes: [
      volume({ name: 'v-used', labels: mine, refCount: 1 }),
      volume({ name: 'v-only-stopped', labels: mine, refCount: 1 }),
      volume({ name: 'v-free', labels: theirs, size: null }),
    ],
    images: [
      image({ id: 'sha256:img-used', tags: ['berth-test/busybox:latest'], containers: 2 }),
      image({ id: 'sha256:img-only-stopped', labels: mine, containers: 1 }),
      image({ id: 'sha256:dangling-mine', labels: mine, size: 300, sharedSize: 100 }),
      image({ id: 'sha256:tagged-mine', tags: ['mine:1'], labels: mine }),
      image({ id: 'sha256:none-tag', tags: ['<none>:<none>'], labels: theirs }),
    ],
    buildCache: [
      { id: 'cache-free', type: 'regular', description: 'RUN x', size: 7, inUse: false, shared: false },
      { id: 'cache-busy', type: 'regular', description: '', size: 9, inUse: true, shared: false },
    ],
  });

describe('planPrune', () => {
  it('counts what only stopped containers used as unused, like docker system prune', () => {
    expect(ids(ALL)).toEqual([
      'containers:c-stopped',
      'containers:c-created',
      'networks:n-only-stopped',
      'networks:n-free',
      'volumes:v-only-stopped',
      'volumes:v-free',
      'images:sha256:img-only-stopped',
      'images:sha256:dangling-mine',
      'images:sha256:none-tag',
      'buildCache:cache-free',
    ]);
  });

  it('keeps what stopped containers use when containers are not pruned', () => {
    expect(ids({ kinds: ['networks', 'volumes', 'images'], images: 'dangling' })).toEqual([
      'networks:n-free',
      'volumes:v-free',
      'images:sha256:dangling-mine',
      'images:sha256:none-tag',
    ]);
  });

  it('takes every unused image in "all" mode, never one a remaining container uses', () => {
    expect(ids({ kinds: ['images'], images: 'all' })).toEqual([
      'images:sha256:dangling-mine',
      'images:sha256:tagged-mine',
      'images:sha256:none-tag',
    ]);
  });

  it('narrows everything to the label filter and skips the build cache, saying why', () => {
    const plan = planPrune(sample(), { ...ALL, label: 'berth.test=me' });
    expect(plan.items.map((i) => i.id)).toEqual([
      'c-stopped',
      'n-only-stopped',
      'v-only-stopped',
      'sha256:img-only-stopped',
      'sha256:dangling-mine',
    ]);
    expect(plan.skipped).toEqual([
      { kind: 'buildCache', reason: expect.stringMatching(/no labels/) as string },
    ]);
    expect(ids({ kinds: ['containers'], images: 'dangling', label: 'berth.test' })).toEqual([
      'containers:c-stopped',
      'containers:c-created',
    ]);
  });

  it('never offers a built-in network, even with a matching label', () => {
    expect(ids({ kinds: ['networks'], images: 'dangling', label: 'berth.test=me' })).not.toContain(
      'networks:n-bridge',
    );
  });

  it('sums the sizes it knows: an image frees what it does not share', () => {
    const plan = planPrune(sample(), { kinds: ['images', 'volumes'], images: 'dangling' });
    expect(plan.items.find((i) => i.id === 'sha256:dangling-mine')?.size).toBe(200);
    expect(plan.items.find((i) => i.id === 'v-free')?.size).toBeNull();
    expect(plan.size).toBe(200 + 100);
  });

  it('names untagged images by a short id', () => {
    const plan = planPrune(sample(), { kinds: ['images'], images: 'dangling' });
    expect(plan.items[0]?.name).toBe('<none> (dangling-min)');
  });
});
