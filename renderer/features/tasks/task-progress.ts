import type { TaskSummary } from '../../../shared/contract/tasks.js';
import { formatBytes } from '../../lib/format-bytes.js';

/** Percent done (0–100), or null when the total is not known yet. */
export const taskPercent = (task: TaskSummary): number | null => {
  const progress = task.progress;
  if (!progress || progress.total === null || progress.total <= 0) return null;
  return Math.min(100, Math.max(0, (progress.current / progress.total) * 100));
};

const STATE_TEXT = {
  running: 'Running',
  succeeded: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
} as const;

/** One line under the title: progress while running, the outcome after. */
export const taskStatusText = (task: TaskSummary): string => {
  if (task.state !== 'running') return task.message ?? STATE_TEXT[task.state];
  const progress = task.progress;
  // Builds and compose runs report steps and services rather than bytes: show the latest one.
  const latest = task.items.at(-1);
  if (!progress && task.step) return task.step;
  if (!progress) return latest ? `${latest.label}: ${latest.status}` : 'Running…';
  if (progress.total === null) return `${formatBytes(progress.current)}…`;
  return `${formatBytes(progress.current)} of ${formatBytes(progress.total)}`;
};

export const taskStateText = (task: TaskSummary): string => STATE_TEXT[task.state];

export const runningCount = (tasks: readonly TaskSummary[]): number =>
  tasks.filter((t) => t.state === 'running').length;
