import type { PruneItem, PruneKind, PruneOptions, PruneOutcome } from '../../../shared/contract/system.js';
import { PRUNE_KINDS } from '../../../shared/contract/system.js';
import { translate } from '../../i18n/index.js';
import { compareNames } from '../../lib/collate.js';
import { messages } from './messages.js';

export const kindTitle = (kind: PruneKind, images: PruneOptions['images']): string => {
  switch (kind) {
    case 'containers':
      return translate(messages, 'kind_containers');
    case 'networks':
      return translate(messages, 'kind_networks');
    case 'volumes':
      return translate(messages, 'kind_volumes');
    case 'images':
      return translate(messages, images === 'all' ? 'kind_imagesAll' : 'kind_images');
    case 'buildCache':
      return translate(messages, 'kind_buildCache');
  }
};

export interface ItemGroup<T> {
  readonly kind: PruneKind;
  readonly items: readonly T[];
  /** Sum of the known sizes. */
  readonly size: number;
}

/** Items grouped by kind in prune order, by name within a kind; kinds with nothing are left out. */
export const groupByKind = <T extends Pick<PruneItem, 'kind' | 'name'> & { readonly size?: number | null }>(
  items: readonly T[],
  sizeOf: (item: T) => number | null = (item) => item.size ?? null,
): ItemGroup<T>[] =>
  PRUNE_KINDS.flatMap((kind) => {
    const of = items.filter((i) => i.kind === kind).sort((a, b) => compareNames(a.name, b.name));
    return of.length === 0
      ? []
      : [{ kind, items: of, size: of.reduce((total, i) => total + (sizeOf(i) ?? 0), 0) }];
  });

export interface OutcomeCounts {
  readonly removed: number;
  readonly skipped: number;
  readonly failed: number;
}

export const countOutcomes = (outcomes: readonly PruneOutcome[]): OutcomeCounts => ({
  removed: outcomes.filter((o) => o.result === 'removed').length,
  skipped: outcomes.filter((o) => o.result === 'skipped').length,
  failed: outcomes.filter((o) => o.result === 'failed').length,
});

/** One line for the result: "Removed 5 items, freed 2.1 MiB; 1 skipped." */
export const outcomeSummary = (counts: OutcomeCounts, freed: string): string => {
  const parts = [translate(messages, 'removed', { count: counts.removed, freed })];
  if (counts.skipped > 0) parts.push(translate(messages, 'skipped', { count: counts.skipped }));
  if (counts.failed > 0) parts.push(translate(messages, 'failed', { count: counts.failed }));
  return parts.join(translate(messages, 'summarySeparator')) + translate(messages, 'summaryEnd');
};
