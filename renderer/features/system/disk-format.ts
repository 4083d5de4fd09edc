import type { DiskKind, DiskUsageSummary } from '../../../shared/contract/system.js';
import { formatBytes } from '../../lib/format-bytes.js';

export const DISK_TITLES: Readonly<Record<DiskKind, string>> = {
  images: 'Images',
  containers: 'Containers',
  volumes: 'Volumes',
  buildCache: 'Build cache',
};

export interface BarSegment {
  readonly kind: DiskKind;
  /** Share of the whole bar, 0–100, for the part in use and the reclaimable part. */
  readonly usedPercent: number;
  readonly reclaimablePercent: number;
}

/** Widths of the stacked bar: each kind's in-use and reclaimable space as shares of the total. */
export const barSegments = (summary: DiskUsageSummary): BarSegment[] => {
  const total = summary.size;
  return summary.categories.map((c) => {
    const reclaimable = Math.min(c.reclaimable, c.size);
    return {
      kind: c.kind,
      usedPercent: total > 0 ? ((c.size - reclaimable) / total) * 100 : 0,
      reclaimablePercent: total > 0 ? (reclaimable / total) * 100 : 0,
    };
  });
};

/** What the bar shows, in words, for its accessible name. */
export const barDescription = (summary: DiskUsageSummary): string =>
  `Disk usage: ${formatBytes(summary.size)} in total, ${formatBytes(summary.reclaimable)} reclaimable. ` +
  summary.categories
    .map((c) => `${DISK_TITLES[c.kind]} ${formatBytes(c.size)} (${formatBytes(c.reclaimable)} reclaimable)`)
    .join('; ') +
  '.';
