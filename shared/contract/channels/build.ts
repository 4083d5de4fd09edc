import { buildRequest, contextInfoRequest, saveImagesRequest, type ContextInfo } from '../build.js';
import { feature, invoke } from '../define.js';
import type { TaskSummary } from '../tasks.js';
import type { TransferTicket } from '../transfers.js';
import { empty } from './empty.js';
import { onEngine } from './engines.js';

/** Channels for building images, and saving/loading them as tar files (issue 5). */
const invokes = {
  /** Measures the context as it will be sent (after `.dockerignore`), before any upload. */
  'build.contextInfo': invoke<ContextInfo>()(contextInfoRequest),
  /** Starts a build task; its output and outcome follow through the task list. */
  'build.start': invoke<TaskSummary>()(onEngine(buildRequest)),
  /** A download ticket for `docker save` of these images as one tar. */
  'images.save': invoke<TransferTicket>()(onEngine(saveImagesRequest)),
  /** An upload ticket: the tar PUT there is loaded (`docker load`) as a task. */
  'images.load': invoke<TransferTicket>()(onEngine(empty)),
} as const;

const events = {} as const;

const streams = {} as const;

export const buildFeature = feature({ invokes, events, streams });
