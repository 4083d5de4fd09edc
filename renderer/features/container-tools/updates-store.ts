import { create } from 'zustand';
import type { ImageUpdateCheck } from '../../../shared/contract/image-updates.js';
import type { Client } from '../../ipc/client.js';

interface UpdatesState {
  /** The last check's answer for each container id it covered. */
  readonly byContainer: ReadonlyMap<string, ImageUpdateCheck>;
  readonly checking: boolean;
}

export const useUpdatesStore = create<UpdatesState>()(() => ({ byContainer: new Map(), checking: false }));

/** Asks the registries about these containers' tags (one request per distinct image) and keeps the answers. */
export const checkUpdatesFor = async (
  client: Client,
  containers: readonly string[],
): Promise<readonly ImageUpdateCheck[]> => {
  if (containers.length === 0) return [];
  useUpdatesStore.setState({ checking: true });
  try {
    const results = await client.invoke('updates.check', { containers: [...containers] });
    useUpdatesStore.setState((s) => {
      const next = new Map(s.byContainer);
      for (const result of results) for (const id of result.containers) next.set(id, result);
      return { byContainer: next };
    });
    return results;
  } finally {
    useUpdatesStore.setState({ checking: false });
  }
};

/** Forgets a container's answer (it was recreated: its new id has not been checked). */
export const forgetUpdate = (id: string): void => {
  useUpdatesStore.setState((s) => {
    const next = new Map(s.byContainer);
    next.delete(id);
    return { byContainer: next };
  });
};
