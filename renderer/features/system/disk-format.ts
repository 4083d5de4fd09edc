import type { DiskKind, DiskUsageSummary } from '../../../shared/contract/system.js';
import { translate } from '../../i18n/index.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { messages } from './messages.js';

/** A kind's name in the current language. */
export const diskTitle = (kind: DiskKind): string => translate(messages, `kind_${kind}`);

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
  translate(messages, 'barTotal', {
    size: formatBytes(summary.size),
    reclaimable: formatBytes(summary.reclaimable),
  }) +
  summary.categories
    .map((c) =>
      translate(messages, 'barKind', {
        kind: diskTitle(c.kind),
        size: formatBytes(c.size),
        reclaimable: formatBytes(c.reclaimable),
      }),
    )
    .join(translate(messages, 'barSeparator')) +
  translate(messages, 'barEnd');
