import { z } from 'zod';

export interface SystemInfo {
  readonly name: string;
  readonly engineVersion: string;
  readonly apiVersion: string;
  /** e.g. "Debian GNU/Linux 12 (bookworm)". */
  readonly os: string;
  readonly osType: string;
  readonly kernel: string;
  readonly arch: string;
  readonly cpus: number;
  /** Bytes. */
  readonly memory: number;
  readonly storageDriver: string;
  readonly rootDir: string;
  readonly containers: {
    readonly total: number;
    readonly running: number;
    readonly paused: number;
    readonly stopped: number;
  };
  readonly images: number;
}

export const DISK_KINDS = ['images', 'containers', 'volumes', 'buildCache'] as const;
export type DiskKind = (typeof DISK_KINDS)[number];

export interface DiskCategory {
  readonly kind: DiskKind;
  readonly count: number;
  /** In use: images with containers, running containers, volumes with a reference, cache in use. */
  readonly active: number;
  /** Bytes. */
  readonly size: number;
  /** Bytes a prune could free. */
  readonly reclaimable: number;
}

export interface DiskUsageSummary {
  readonly categories: readonly DiskCategory[];
  readonly size: number;
  readonly reclaimable: number;
}

export const PRUNE_KINDS = ['containers', 'networks', 'volumes', 'images', 'buildCache'] as const;
export type PruneKind = (typeof PRUNE_KINDS)[number];

/**
 * `key` or `key=value`, as `docker … prune --filter label=…` takes it. No leading/trailing
 * spaces; no control characters.
 */
export const LABEL_FILTER_PATTERN = /^[^\s=\p{Cc}]{1,256}(=[^\p{Cc}]{0,1024})?$/u;

export const pruneOptions = z.strictObject({
  kinds: z
    .array(z.enum(PRUNE_KINDS))
    .min(1)
    .max(PRUNE_KINDS.length)
    .refine((k) => new Set(k).size === k.length, 'each kind once'),
  /** `dangling`: untagged images only (docker image prune); `all`: every image no container uses. */
  images: z.enum(['dangling', 'all']),
  label: z.string().regex(LABEL_FILTER_PATTERN, 'must be key or key=value').optional(),
});
export type PruneOptions = z.infer<typeof pruneOptions>;

export interface PruneItem {
  readonly kind: PruneKind;
  /** Container, network, image or cache id; a volume's name. */
  readonly id: string;
  readonly name: string;
  /** Bytes it frees, when the engine reports it. */
  readonly size: number | null;
}

export interface PrunePreview {
  readonly options: PruneOptions;
  readonly items: readonly PruneItem[];
  /** Sum of the known sizes. */
  readonly size: number;
  /** Kinds asked for that cannot be previewed as asked, with why (build cache has no labels). */
  readonly skipped: readonly { readonly kind: PruneKind; readonly reason: string }[];
}

const itemId = z.string().regex(/^[a-zA-Z0-9][a-zA-Z0-9_.:-]{0,127}$/, 'must be an id or a name');

export const pruneApplyRequest = z.strictObject({
  options: pruneOptions,
  /** Exactly the previewed items; only those still eligible under `options` are removed. */
  items: z
    .array(z.strictObject({ kind: z.enum(PRUNE_KINDS), id: itemId }))
    .min(1)
    .max(5000),
});
export type PruneApplyRequest = z.infer<typeof pruneApplyRequest>;

export interface PruneOutcome {
  readonly kind: PruneKind;
  readonly id: string;
  readonly name: string;
  /** removed; skipped: no longer eligible (in use again, gone, relabelled), left alone; failed. */
  readonly result: 'removed' | 'skipped' | 'failed';
  readonly message?: string;
  readonly reclaimed: number | null;
}

export interface PruneResult {
  readonly outcomes: readonly PruneOutcome[];
  readonly reclaimed: number;
}
