import { create } from 'zustand';
import type { ComposeCli, RecentComposeFile } from '../../../shared/contract/compose.js';

interface ProjectsState {
  /** The "open a compose file" form. */
  readonly path: string;
  readonly project: string;
  readonly withVolumes: boolean;
  /** The compose task this view started last; its console stays open until another starts. */
  readonly taskId: string | null;
  /** Why the last run was refused before it started (bad path, no CLI…). */
  readonly runError: string | null;
  readonly cli: ComposeCli | null;
  readonly recent: readonly RecentComposeFile[];
  /** Projects with an engine action in flight; their buttons wait. */
  readonly busy: ReadonlySet<string>;
  /** The project whose removal is being confirmed. */
  readonly removing: string | null;
}

const initial: ProjectsState = {
  path: '',
  project: '',
  withVolumes: false,
  taskId: null,
  runError: null,
  cli: null,
  recent: [],
  busy: new Set(),
  removing: null,
};

export const useProjectsStore = create<ProjectsState>()(() => initial);

export const setComposePath = (path: string): void => {
  useProjectsStore.setState({ path, runError: null });
};

export const setComposeProject = (project: string): void => {
  useProjectsStore.setState({ project, runError: null });
};

export const setWithVolumes = (withVolumes: boolean): void => {
  useProjectsStore.setState({ withVolumes });
};

/** Fills the form from a recent entry. */
export const pickRecent = (entry: RecentComposeFile): void => {
  useProjectsStore.setState({ path: entry.path, project: entry.project ?? '', runError: null });
};

export const setRecent = (recent: readonly RecentComposeFile[]): void => {
  useProjectsStore.setState({ recent });
};

export const setCli = (cli: ComposeCli): void => {
  useProjectsStore.setState({ cli });
};

export const setRunOutcome = (taskId: string | null, runError: string | null): void => {
  useProjectsStore.setState((s) => ({ taskId: taskId ?? s.taskId, runError }));
};

export const setProjectBusy = (project: string, on: boolean): void => {
  useProjectsStore.setState((s) => {
    const busy = new Set(s.busy);
    if (on) busy.add(project);
    else busy.delete(project);
    return { busy };
  });
};

export const askRemove = (project: string | null): void => {
  useProjectsStore.setState({ removing: project });
};

export const resetProjectsStore = (): void => {
  useProjectsStore.setState(initial, true);
};
