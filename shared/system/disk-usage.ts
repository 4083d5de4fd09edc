import type { DiskCategory, DiskUsageSummary } from '../contract/system.js';
import type { Inventory } from './inventory.js';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const uniqueSize = (size: number, shared: number | null): number =>
  shared !== null && shared >= 0 ? Math.max(0, size - shared) : size;

/**
 * `docker system df` as the CLI computes it: image space counts shared layers once (LayersSize),
 * and what images in use hold exclusively is not reclaimable; containers' writable layers are
 * reclaimable when stopped; volumes when nothing refers to them; build cache when not in use.
 */
export const summariseDiskUsage = (inv: Inventory): DiskUsageSummary => {
  const imagesSize = inv.layersSize ?? sum(inv.images.map((i) => uniqueSize(i.size, i.sharedSize)));
  const usedImages = inv.images.filter((i) => i.containers > 0);
  const imagesUsed = sum(usedImages.map((i) => uniqueSize(i.size, i.sharedSize)));
  const stopped = inv.containers.filter(
    (c) => c.state !== 'running' && c.state !== 'paused' && c.state !== 'restarting',
  );
  const cache = inv.buildCache.filter((c) => !c.shared);
  const categories: DiskCategory[] = [
    {
      kind: 'images',
      count: inv.images.length,
      active: usedImages.length,
      size: imagesSize,
      reclaimable: Math.max(0, imagesSize - imagesUsed),
    },
    {
      kind: 'containers',
      count: inv.containers.length,
      active: inv.containers.length - stopped.length,
      size: sum(inv.containers.map((c) => c.sizeRw ?? 0)),
      reclaimable: sum(stopped.map((c) => c.sizeRw ?? 0)),
    },
    {
      kind: 'volumes',
      count: inv.volumes.length,
      active: inv.volumes.filter((v) => v.refCount > 0).length,
      size: sum(inv.volumes.map((v) => v.size ?? 0)),
      reclaimable: sum(inv.volumes.filter((v) => v.refCount === 0).map((v) => v.size ?? 0)),
    },
    {
      kind: 'buildCache',
      count: inv.buildCache.length,
      active: inv.buildCache.filter((c) => c.inUse).length,
      size: sum(cache.map((c) => c.size)),
      reclaimable: sum(cache.filter((c) => !c.inUse).map((c) => c.size)),
    },
  ];
  return {
    categories,
    size: sum(categories.map((c) => c.size)),
    reclaimable: sum(categories.map((c) => c.reclaimable)),
  };
};
