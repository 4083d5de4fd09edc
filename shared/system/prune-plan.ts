import type { PruneItem, PruneKind, PruneOptions, PrunePreview } from '../contract/system.js';
import { isDangling, STOPPED_STATES, type Inventory } from './inventory.js';
import { matchesLabel, parseLabelFilter } from './label-filter.js';

const shortId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

const imageSize = (size: number, shared: number | null): number =>
  shared !== null && shared >= 0 ? Math.max(0, size - shared) : size;

/**
 * What a prune with `options` removes, computed the way `docker system prune` orders it:
 * stopped containers go first, so networks, volumes and images that only they used count as
 * unused too. Built-in networks are never candidates; with a label filter, only items with
 * that label are, and the build cache (which has no labels) is skipped with the reason.
 */
export const planPrune = (inv: Inventory, options: PruneOptions): PrunePreview => {
  const label = options.label === undefined ? null : parseLabelFilter(options.label);
  const kinds = new Set<PruneKind>(options.kinds);
  const items: PruneItem[] = [];
  const skipped: { kind: PruneKind; reason: string }[] = [];

  const prunedContainers = kinds.has('containers')
    ? inv.containers.filter((c) => STOPPED_STATES.has(c.state) && matchesLabel(c.labels, label))
    : [];
  const pruned = new Set(prunedContainers.map((c) => c.id));
  const remaining = inv.containers.filter((c) => !pruned.has(c.id));
  for (const c of prunedContainers)
    items.push({ kind: 'containers', id: c.id, name: c.name, size: c.sizeRw });

  if (kinds.has('networks')) {
    const used = new Set(remaining.flatMap((c) => c.networkIds));
    for (const n of inv.networks) {
      if (!n.builtin && !used.has(n.id) && matchesLabel(n.labels, label)) {
        items.push({ kind: 'networks', id: n.id, name: n.name, size: null });
      }
    }
  }
  if (kinds.has('volumes')) {
    const used = new Set(remaining.flatMap((c) => c.volumeNames));
    for (const v of inv.volumes) {
      if (!used.has(v.name) && matchesLabel(v.labels, label)) {
        items.push({ kind: 'volumes', id: v.name, name: v.name, size: v.size });
      }
    }
  }
  if (kinds.has('images')) {
    const used = new Set(remaining.map((c) => c.imageId));
    for (const i of inv.images) {
      if (used.has(i.id) || !matchesLabel(i.labels, label)) continue;
      if (options.images === 'dangling' && !isDangling(i)) continue;
      const name = isDangling(i) ? `<none> (${shortId(i.id)})` : i.tags.join(', ');
      items.push({ kind: 'images', id: i.id, name, size: imageSize(i.size, i.sharedSize) });
    }
  }
  if (kinds.has('buildCache')) {
    if (label) {
      skipped.push({
        kind: 'buildCache',
        reason: 'Build cache has no labels, so a label filter leaves it alone.',
      });
    } else {
      for (const c of inv.buildCache) {
        if (!c.inUse) {
          items.push({
            kind: 'buildCache',
            id: c.id,
            name: c.description ? `${c.type}: ${c.description}` : c.type,
            size: c.shared ? null : c.size,
          });
        }
      }
    }
  }
  return { options, items, size: items.reduce((total, i) => total + (i.size ?? 0), 0), skipped };
};
