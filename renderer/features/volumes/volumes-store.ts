import { create } from 'zustand';
import type { VolumeSummary } from '../../../shared/contract/volumes.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';

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

let usageSeq = 0;

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
