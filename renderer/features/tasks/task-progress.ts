import type { TaskItem, TaskSummary } from '../../../shared/contract/tasks.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { translate } from '../../i18n/index.js';
import type { ErrorText } from '../../../shared/contract/errors.js';
import { taskTexts } from '../../../shared/contract/task-texts.js';
import { hasTextKey, wordError } from '../../ipc/word-error.js';
import { messages, taskTextMessages } from './messages.js';

const isTaskKey = (key: string): boolean => hasTextKey(taskTexts, key);

/**
 * A task text in the reader's language: a task key from the `taskTexts` catalogue, an error's key
 * (a failure's outcome) from the errors; the English `fallback` when it carries none or a newer key.
 */
const wordTaskText = (text: ErrorText | undefined, fallback: string): string => {
  if (!text) return fallback;
  if (!isTaskKey(text.key)) return wordError(text, fallback);
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
  ) as Readonly<Record<string, string | number>>;
  return translate(taskTextMessages, text.key as 'cancelled', params);
};

/** What the task list calls a task, e.g. "Pull alpine:3" / "拉取 alpine:3". */
export const taskTitle = (task: TaskSummary): string => wordTaskText(task.titleText, task.title);

/** The outcome in a sentence, or null while there is none. */
export const taskMessage = (task: TaskSummary): string | null =>
  task.message === null ? null : wordTaskText(task.messageText, task.message);

/** An item (build step, layer) as "label: status", in the reader's language where Berth worded it. */
export const taskItemText = (item: TaskItem): string =>
  translate(messages, 'itemStatus', {
    label: wordTaskText(item.labelText, item.label),
    status: wordTaskText(item.statusText, item.status),
  });

/** An item's label alone, e.g. "Step 2/5: RUN make". */
export const taskItemLabel = (item: TaskItem): string => wordTaskText(item.labelText, item.label);

/** What a running task waits for, or null. */
export const taskStep = (task: TaskSummary): string | null =>
  task.step ? wordTaskText(task.stepText, task.step) : null;

/** Percent done (0–100), or null when the total is not known yet. */
export const taskPercent = (task: TaskSummary): number | null => {
  const progress = task.progress;
  if (!progress || progress.total === null || progress.total <= 0) return null;
  return Math.min(100, Math.max(0, (progress.current / progress.total) * 100));
};

const STATE_KEY = {
  running: 'stateRunning',
  succeeded: 'stateSucceeded',
  failed: 'stateFailed',
  cancelled: 'stateCancelled',
} as const;

const stateText = (state: TaskSummary['state']): string => translate(messages, STATE_KEY[state]);

/** One line under the title: progress while running, the outcome after. */
export const taskStatusText = (task: TaskSummary): string => {
  if (task.state !== 'running') return taskMessage(task) ?? stateText(task.state);
  const progress = task.progress;
  // Builds and compose runs report steps and services rather than bytes: show the latest one.
  const latest = task.items.at(-1);
  const step = taskStep(task);
  if (!progress && step) return step;
  if (!progress) return latest ? taskItemText(latest) : translate(messages, 'runningNow');
  if (progress.total === null)
    return translate(messages, 'bytesSoFar', { current: formatBytes(progress.current) });
  return translate(messages, 'bytesOf', {
    current: formatBytes(progress.current),
    total: formatBytes(progress.total),
  });
};

export const taskStateText = (task: TaskSummary): string => stateText(task.state);

export const runningCount = (tasks: readonly TaskSummary[]): number =>
  tasks.filter((t) => t.state === 'running').length;

/**
 * The engine a task names, or null: a task without one runs on the CLI's engine, which needs no note while it is
 * the only one a request could mean.
 */
export const taskEngineLabel = (task: TaskSummary): string | null => {
  const label = task.engine?.label.trim();
  return label === undefined || label === '' ? null : label;
};
