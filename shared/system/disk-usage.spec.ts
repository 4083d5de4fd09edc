import { describe, expect, it } from 'vitest';
import { summariseDiskUsage } from './disk-usage.js';
import { container, image, inventory, volume } from './inventory.fixtures.js';

describe('summariseDiskUsage', () => {
  it('computes sizes and reclaimable space per kind as docker system df does', () => {
    const summary = summariseDiskUsage(
      inventory({
        layersSize: 1000,
        images: [
          image({ id: 'a', size: 600, sharedSize: 200, containers: 1 }),
          image({ id: 'b', size: 500, sharedSize: 200, containers: 0 }),
        ],
        containers: [
          container({ id: 'r', state: 'running', sizeRw: 50 }),
          container({ id: 's', state: 'exited', sizeRw: 30 }),
          container({ id: 'p', state: 'paused', sizeRw: null }),
        ],
        volumes: [volume({ name: 'u', size: 70, refCount: 2 }), volume({ name: 'f', size: 20, refCount: 0 })],
        buildCache: [
          { id: 'x', type: 'regular', description: '', size: 40, inUse: false, shared: false },
          { id: 'y', type: 'regular', description: '', size: 8, inUse: true, shared: false },
          { id: 'z', type: 'regular', description: '', size: 99, inUse: false, shared: true },
        ],
      }),
    );
    expect(summary.categories).toEqual([
      { kind: 'images', count: 2, active: 1, size: 1000, reclaimable: 600 },
      { kind: 'containers', count: 3, active: 2, size: 80, reclaimable: 30 },
      { kind: 'volumes', count: 2, active: 1, size: 90, reclaimable: 20 },
      { kind: 'buildCache', count: 3, active: 1, size: 48, reclaimable: 40 },
    ]);
    expect(summary.size).toBe(1000 + 80 + 90 + 48);
    expect(summary.reclaimable).toBe(600 + 30 + 20 + 40);
  });

  it('sums image sizes when the engine gives no layer total, and copes with nothing', () => {
    const summary = summariseDiskUsage(
      inventory({
        images: [image({ id: 'a', size: 10, sharedSize: null }), image({ id: 'b', size: 5, sharedSize: 2 })],
      }),
    );
    expect(summary.categories[0]).toEqual({ kind: 'images', count: 2, active: 0, size: 13, reclaimable: 13 });
    expect(summariseDiskUsage(inventory())).toMatchObject({ size: 0, reclaimable: 0 });
  });
});
