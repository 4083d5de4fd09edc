import { create } from 'zustand';

export interface Notice {
  readonly id: number;
  readonly title: string;
  /** One line per affected item, e.g. "web-1: container is not running". */
  readonly details: readonly string[];
}

interface NotificationsState {
  readonly notices: readonly Notice[];
}

/** Old notices give way to new ones; a burst of failures cannot flood the screen. */
const MAX_NOTICES = 4;

export const useNotificationsStore = create<NotificationsState>()(() => ({ notices: [] }));

let nextId = 1;

export const notify = (title: string, details: readonly string[] = []): number => {
  const id = nextId++;
  useNotificationsStore.setState((s) => ({
    notices: [...s.notices, { id, title, details }].slice(-MAX_NOTICES),
  }));
  return id;
};

export const dismissNotice = (id: number): void => {
  useNotificationsStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
};

export const clearNotices = (): void => {
  useNotificationsStore.setState({ notices: [] });
};
