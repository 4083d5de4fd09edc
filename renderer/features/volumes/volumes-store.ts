import { create } from 'zustand';
import type { VolumeSummary } from '../../../shared/contract/volumes.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { qualify } from '../../lib/engine-routing.js';
import { mergeSlices } from '../../lib/merged-slices.js';

export type VolumeDialog =
  | { readonly kind: 'create' }
  | { readonly kind: 'import' }
  | { readonly kind: 'inspect'; readonly name: string }
  | { readonly kind: 'remove'; readonly volume: VolumeSummary };

interface VolumesState {
  readonly volumes: readonly VolumeSummary[] | null;
  /** Bytes by volume name, from /system/df; absent: not known (yet). */
  readonly sizes: ReadonlyMap<string, number | null>;
  readonly problem: string | null;
  /** The volume whose files are shown; null: the list. */
  readonly browsing: string | null;
  readonly dialog: VolumeDialog | null;
  /** A sentence about the last thing done (export started, volume removed…). */
  readonly message: string | null;
}

export const useVolumesStore = create<VolumesState>()(() => ({
  volumes: null,
  sizes: new Map(),
  problem: null,
  browsing: null,
  dialog: null,
  message: null,
}));

/** Latest call wins: an older answer arriving late never replaces a newer list. */
let listSeq = 0;

export const loadVolumes = async (client: Client): Promise<void> => {
  const seq = ++listSeq;
  try {
    const volumes = await client.invoke('volumes.list', {});
    if (seq === listSeq) useVolumesStore.setState({ volumes, problem: null });
  } catch (err) {
    // The list keeps what it had: a failed refresh shows why without emptying the view.
    if (seq === listSeq) useVolumesStore.setState({ problem: errorMessage(err) });
  }
};

/**
 * "All engines" (or one chosen engine): every shown engine's volumes, names keyed `<name>@<engine>`
 * so each action goes to the engine that holds the volume. A down engine's part is its last known
 * list. Answers which engines were live, so sizes are asked of those only.
 */
export const loadMergedVolumes = async (client: Client, visible: readonly string[]): Promise<string[]> => {
  const seq = ++listSeq;
  try {
    const merged = await client.invoke('engines.allVolumes', {});
    const items = mergeSlices(
      merged,
      visible,
      (data) => data,
      (engine, volume) => ({ ...volume, name: qualify(engine, volume.name) }),
    );
    if (seq === listSeq) useVolumesStore.setState({ volumes: items, problem: null });
    return merged.slices.filter((s) => s.state === 'live' && visible.includes(s.engine)).map((s) => s.engine);
  } catch (err) {
    if (seq === listSeq) useVolumesStore.setState({ problem: errorMessage(err) });
    return [];
  }
};

let usageSeq = 0;

/** Sizes of the live engines' volumes, keyed as the merged list keys them. */
export const loadMergedSizes = async (client: Client, engines: readonly string[]): Promise<void> => {
  const seq = ++usageSeq;
  const parts = await Promise.all(
    engines.map((engine) =>
      client.invoke('volumes.usage', { engine }).then(
        (usage) => usage.map((u): [string, number | null] => [qualify(engine, u.name), u.size]),
        // Sizes are extra: an engine that cannot say keeps its rows without them.
        () => [],
      ),
    ),
  );
  if (seq === usageSeq) useVolumesStore.setState({ sizes: new Map(parts.flat()) });
};

export const loadSizes = async (client: Client): Promise<void> => {
  const seq = ++usageSeq;
  try {
    const usage = await client.invoke('volumes.usage', {});
    if (seq === usageSeq) useVolumesStore.setState({ sizes: new Map(usage.map((u) => [u.name, u.size])) });
  } catch {
    // Sizes are extra: the list stands without them.
  }
};

export const openDialog = (dialog: VolumeDialog): void => {
  useVolumesStore.setState({ dialog });
};

export const closeDialog = (): void => {
  useVolumesStore.setState({ dialog: null });
};

export const browseVolume = (name: string | null): void => {
  useVolumesStore.setState({ browsing: name });
};

export const say = (message: string | null): void => {
  useVolumesStore.setState({ message });
};
