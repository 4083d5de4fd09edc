import { describe, expect, it } from 'vitest';
import type { DiskUsageSummary } from '../../../shared/contract/system.js';
import { barDescription, barSegments } from './disk-format.js';

const summary: DiskUsageSummary = {
  categories: [
    { kind: 'images', count: 2, active: 1, size: 600, reclaimable: 200 },
    { kind: 'containers', count: 1, active: 0, size: 200, reclaimable: 200 },
    { kind: 'volumes', count: 0, active: 0, size: 200, reclaimable: 0 },
    { kind: 'buildCache', count: 0, active: 0, size: 0, reclaimable: 0 },
  ],
  size: 1000,
  reclaimable: 400,
};

describe('disk bar', () => {
  it('splits each kind into in-use and reclaimable shares of the total', () => {
    expect(barSegments(summary)).toEqual([
      { kind: 'images', usedPercent: 40, reclaimablePercent: 20 },
      { kind: 'containers', usedPercent: 0, reclaimablePercent: 20 },
      { kind: 'volumes', usedPercent: 20, reclaimablePercent: 0 },
      { kind: 'buildCache', usedPercent: 0, reclaimablePercent: 0 },
    ]);
  });
  it('draws nothing for an empty engine instead of dividing by zero', () => {
    const empty = {
      ...summary,
      size: 0,
      categories: summary.categories.map((c) => ({ ...c, size: 0, reclaimable: 0 })),
    };
    for (const s of barSegments(empty)) expect(s).toMatchObject({ usedPercent: 0, reclaimablePercent: 0 });
  });
  it('describes the bar in words', () => {
    expect(barDescription(summary)).toBe(
      'Disk usage: 1000 B in total, 400 B reclaimable. Images 600 B (200 B reclaimable); Containers 200 B (200 B reclaimable); Volumes 200 B (0 B reclaimable); Build cache 0 B (0 B reclaimable).',
    );
  });
});
