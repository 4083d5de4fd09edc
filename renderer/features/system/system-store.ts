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
