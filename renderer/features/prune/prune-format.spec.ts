import { describe, expect, it } from 'vitest';
import type { PruneItem } from '../../../shared/contract/system.js';
import { countOutcomes, groupByKind, kindTitle, outcomeSummary } from './prune-format.js';

describe('prune format', () => {
  it('groups items in prune order with their known sizes summed', () => {
    const items: PruneItem[] = [
      { kind: 'images', id: 'i1', name: 'z', size: 10 },
      { kind: 'containers', id: 'c1', name: 'b', size: null },
      { kind: 'images', id: 'i2', name: 'c', size: 5 },
    ];
    expect(groupByKind(items).map((g) => [g.kind, g.items.map((i) => i.name), g.size])).toEqual([
      ['containers', ['b'], 0],
      ['images', ['c', 'z'], 15],
    ]);
  });
  it('names image pruning by mode and summarises outcomes', () => {
    expect(kindTitle('images', 'dangling')).toBe('Dangling images');
    expect(kindTitle('images', 'all')).toBe('Unused images');
    const counts = countOutcomes([
      { kind: 'volumes', id: 'v', name: 'v', result: 'removed', reclaimed: 1 },
      { kind: 'volumes', id: 'w', name: 'w', result: 'skipped', reclaimed: null },
    ]);
    expect(outcomeSummary(counts, '1 B')).toBe('Removed 1 item, freed 1 B; 1 skipped.');
    expect(outcomeSummary({ removed: 2, skipped: 0, failed: 1 }, '0 B')).toBe(
      'Removed 2 items, freed 0 B; 1 failed.',
    );
  });
});
