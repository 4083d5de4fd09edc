import { create } from 'zustand';

export const DETAIL_TABS = [
  { id: 'logs', label: 'Logs' },
  { id: 'terminal', label: 'Terminal' },
  { id: 'stats', label: 'Stats' },
  { id: 'inspect', label: 'Inspect' },
  { id: 'processes', label: 'Processes' },
  { id: 'files', label: 'Files' },
] as const;

export type DetailTab = (typeof DETAIL_TABS)[number]['id'];

interface DetailState {
  /** The container whose detail is open; null: the list. */
  readonly id: string | null;
  readonly tab: DetailTab;
}

/** Route-less: which container's detail is open, and on which tab. */
export const useDetailStore = create<DetailState>()(() => ({ id: null, tab: 'logs' }));

export const openContainer = (id: string, tab: DetailTab = 'logs'): void => {
  useDetailStore.setState({ id, tab });
};

export const closeContainer = (): void => {
  useDetailStore.setState({ id: null });
};

export const setDetailTab = (tab: DetailTab): void => {
  useDetailStore.setState({ tab });
};
