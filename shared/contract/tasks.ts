import { z } from 'zod';
import type { ErrorEnvelope, ErrorText } from './errors.js';

/** Long operations that outlive the view that started them (issue 5 §7, issue 6 compose). */
export const TASK_KINDS = [
  'pull',
  'push',
  'build',
  'save',
  'load',
  'prune',
  'compose',
  'export',
  'import',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export type TaskState = 'running' | 'succeeded' | 'failed' | 'cancelled';

/** One tracked part of a task: a layer of a pull/push, a build step, a compose service. */
export interface TaskItem {
  readonly id: string;
  readonly label: string;
  /** `label` by key (task-texts.ts), when Berth words it. */
  readonly labelText?: ErrorText;
  /** What the engine last said about it, e.g. "Downloading", "Pull complete". */
  readonly status: string;
  /** `status` by key, when Berth says it rather than the engine. */
  readonly statusText?: ErrorText;
  /** Bytes (or steps) done and expected; total null when unknown. */
  readonly current: number;
  readonly total: number | null;
}

export interface TaskSummary {
  readonly id: string;
  readonly kind: TaskKind;
  /** What a person reads in the task list, e.g. "Pull 127.0.0.1:5000/app:1". */
  readonly title: string;
  /** `title` by key (task-texts.ts), for the renderer to word in the reader's language; absent: show `title`. */
  readonly titleText?: ErrorText;
  readonly state: TaskState;
  /** Epoch ms. */
  readonly startedAt: number;
  readonly endedAt: number | null;
  /** Overall progress; null while unknown (then the list shows an indeterminate bar). */
  readonly progress: { readonly current: number; readonly total: number | null } | null;
  /** Bounded (see MAX_TASK_ITEMS); the newest items win. */
  readonly items: readonly TaskItem[];
  /** The outcome in a sentence: what was done, or why not. */
  readonly message: string | null;
  /** `message` by key, when Berth worded it (a failure's words are in `error`). */
  readonly messageText?: ErrorText;
  /**
   * What a running task is waiting for before it has progress to show, e.g. "Asking
   * docker-credential-pass for credentials…"; absent or null when there is nothing to say.
   */
  readonly step?: string | null;
  /** `step` by key. */
  readonly stepText?: ErrorText;
  readonly error: ErrorEnvelope | null;
  /** Lines of output so far (build steps, compose output): the console shows them. */
  readonly outputLines: number;
  /** What the task produced that a view may want to open, e.g. an image id or volume name. */
  readonly result: string | null;
  /**
   * The engine the task runs on, when the request named one (issue 13): the task list and tray say "on <label>" so
   * two engines' pulls of the same image can be told apart. Absent: the engine the CLI named at launch.
   */
  readonly engine?: TaskEngine;
}

/** An engine as a task names it: its id (engines.list) and what the UI calls it. */
export interface TaskEngine {
  readonly id: string;
  readonly label: string;
}

export interface TasksChanged {
  readonly task: TaskSummary;
}

/** A chunk of a task's console output; `replay` marks what was already there when opened. */
export interface TaskOutputChunk {
  readonly text: string;
  readonly replay: boolean;
}

export const MAX_TASK_ITEMS = 64;

export const taskIdRequest = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,64}$/) });
