import { event, feature, invoke, stream } from '../define.js';
import { taskIdRequest, type TaskOutputChunk, type TaskSummary, type TasksChanged } from '../tasks.js';
import { empty } from './empty.js';

/** Channels for long-running operations (pull, push, build, save, load, prune, compose). */
const invokes = {
  'tasks.list': invoke<readonly TaskSummary[]>()(empty),
  /** Cancels a running task; answers with its summary (already ended tasks are left as they are). */
  'tasks.cancel': invoke<TaskSummary>()(taskIdRequest),
  /** Forgets an ended task; a running one is refused. */
  'tasks.dismiss': invoke<{ readonly dismissed: boolean }>()(taskIdRequest),
} as const;

const events = {
  'tasks.changed': event<TasksChanged>(),
} as const;

const streams = {
  /** The task's output so far, then live output until it ends. */
  'tasks.output': stream<TaskOutputChunk>()(taskIdRequest),
} as const;

export const tasksFeature = feature({ invokes, events, streams });
