/**
 * What the engine has, reduced to what disk usage and prune planning read. The core builds it
 * from `/system/df` and `/networks`; the pure functions over it are tested without an engine.
 */
export interface InventoryContainer {
  readonly id: string;
  readonly name: string;
  readonly state: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly imageId: string;
  /** Writable layer size in bytes; null when the engine did not compute it. */
  readonly sizeRw: number | null;
  readonly volumeNames: readonly string[];
  readonly networkIds: readonly string[];
}

export interface InventoryImage {
  readonly id: string;
  readonly tags: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly size: number;
  /** Bytes shared with other images; null when unknown. */
  readonly sharedSize: number | null;
  /** Containers using it, as the engine counts them (-1: not counted). */
  readonly containers: number;
}

export interface InventoryVolume {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  /** Bytes; null when the engine does not report it (non-local drivers). */
  readonly size: number | null;
  readonly refCount: number;
}

export interface InventoryNetwork {
  readonly id: string;
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly builtin: boolean;
}

export interface InventoryCache {
  readonly id: string;
  readonly type: string;
  readonly description: string;
  readonly size: number;
  readonly inUse: boolean;
  readonly shared: boolean;
}

export interface Inventory {
  readonly containers: readonly InventoryContainer[];
  readonly images: readonly InventoryImage[];
  readonly volumes: readonly InventoryVolume[];
  readonly networks: readonly InventoryNetwork[];
  readonly buildCache: readonly InventoryCache[];
  /** Total size of all image layers, counted once (df's LayersSize); null when absent. */
  readonly layersSize: number | null;
}

/** Untagged: what `docker images` shows as <none>:<none>. */
export const isDangling = (image: InventoryImage): boolean =>
  image.tags.length === 0 || image.tags.every((t) => t === '<none>:<none>');

/** A container prune removes these (as `docker container prune` does). */
export const STOPPED_STATES: ReadonlySet<string> = new Set(['exited', 'created', 'dead']);
