import { create } from 'zustand';

/** The tabs in order; their names are in messages.ts (`tab_<id>`). */
export const DETAIL_TABS = ['logs', 'terminal', 'stats', 'inspect', 'processes', 'files', 'health'] as const;

export type DetailTab = (typeof DETAIL_TABS)[number];

interface DetailState {
  /** The container whose detail is open; null: the list. */
  readonly id: string | null;
  readonly tab: DetailTab;
  /** Set when an alert opened the logs: their "since" field (datetime-local), else the log view's default. */
  readonly logsSince?: string | null;
}

/** Route-less: which container's detail is open, and on which tab. */
export const useDetailStore = create<DetailState>()(() => ({ id: null, tab: 'logs' }));

export const openContainer = (id: string, tab: DetailTab = 'logs'): void => {
  useDetailStore.setState({ id, tab, logsSince: null });
};

/** Opens a container's logs from a moment (an alert's), in the log view's own "since" format. */
export const openContainerLogsAt = (id: string, since: string): void => {
  useDetailStore.setState({ id, tab: 'logs', logsSince: since });
};

export const closeContainer = (): void => {
  useDetailStore.setState({ id: null });
};

export const setDetailTab = (tab: DetailTab): void => {
  useDetailStore.setState({ tab });
};
