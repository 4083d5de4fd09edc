import { create } from 'zustand';

interface ProjectLogsState {
  /** The compose project whose merged logs are open; null: none. */
  readonly project: string | null;
}

/** Route-less, like the container detail: which project's merged logs are open. */
export const useProjectLogsStore = create<ProjectLogsState>()(() => ({ project: null }));

export const openProjectLogs = (project: string): void => {
  useProjectLogsStore.setState({ project });
};

export const closeProjectLogs = (): void => {
  useProjectLogsStore.setState({ project: null });
};
