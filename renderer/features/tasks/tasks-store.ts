import { create } from 'zustand';
import type { TaskSummary, TasksChanged } from '../../../shared/contract/tasks.js';

interface TasksState {
  /** Newest first. */
  readonly tasks: readonly TaskSummary[];
}

export const useTasksStore = create<TasksState>()(() => ({ tasks: [] }));

const newestFirst = (a: TaskSummary, b: TaskSummary): number => b.startedAt - a.startedAt;

/** The backend's list after a (re)connect: it is the truth, whatever was shown before. */
export const resetTasks = (tasks: readonly TaskSummary[]): void => {
  useTasksStore.setState({ tasks: [...tasks].sort(newestFirst) });
};

export const applyTaskChanged = ({ task }: TasksChanged): void => {
  useTasksStore.setState((s) => {
    const rest = s.tasks.filter((t) => t.id !== task.id);
    return { tasks: [task, ...rest].sort(newestFirst) };
  });
};

export const forgetTask = (id: string): void => {
  useTasksStore.setState((s) => ({ tasks: s.tasks.filter((t) => t.id !== id) }));
};

export const selectTask =
  (id: string | null) =>
  (s: TasksState): TaskSummary | null =>
    id === null ? null : (s.tasks.find((t) => t.id === id) ?? null);
