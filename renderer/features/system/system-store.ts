import { create } from 'zustand';
import type { DiskUsageSummary, SystemInfo } from '../../../shared/contract/system.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';

interface SystemState {
  readonly info: SystemInfo | null;
  readonly disk: DiskUsageSummary | null;
  /** Why the last refresh failed; what was fetched before stays shown. */
  readonly problem: string | null;
  readonly loadingDisk: boolean;
}

export const useSystemStore = create<SystemState>()(() => ({
  info: null,
  disk: null,
  problem: null,
  loadingDisk: false,
}));

/** Engine facts and disk usage, fetched side by side; each keeps its last value on failure. */
export const refreshSystem = async (client: Client): Promise<void> => {
  useSystemStore.setState({ loadingDisk: true });
  const [info, disk] = await Promise.allSettled([
    client.invoke('system.info', {}),
    client.invoke('system.diskUsage', {}),
  ]);
  useSystemStore.setState((s) => ({
    info: info.status === 'fulfilled' ? info.value : s.info,
    disk: disk.status === 'fulfilled' ? disk.value : s.disk,
    loadingDisk: false,
    problem:
      info.status === 'rejected'
        ? errorMessage(info.reason)
        : disk.status === 'rejected'
          ? errorMessage(disk.reason)
          : null,
  }));
};

const INFO_DEBOUNCE_MS = 1_000;

/**
 * While the view is shown: everything on every (re)connect; the engine facts (container counts)
 * again a second after a burst of container changes; everything after a prune. Disk usage is
 * not refetched per event: `/system/df` walks every layer, so it waits for Refresh.
 */
export const followSystem = (client: Client): (() => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshInfo = (): void => {
    timer ??= setTimeout(() => {
      timer = undefined;
      client.invoke('system.info', {}).then(
        (info) => {
          useSystemStore.setState({ info });
        },
        () => undefined,
      );
    }, INFO_DEBOUNCE_MS);
  };
  const offs = [
    client.onReady(() => void refreshSystem(client)),
    client.on('containers.changed', refreshInfo),
    client.on('system.pruned', () => void refreshSystem(client)),
  ];
  return () => {
    clearTimeout(timer);
    for (const off of offs) off();
  };
};
