import {
  composeRunRequest,
  projectActionRequest,
  projectRemoveRequest,
  type ComposeCli,
  type ProjectRemoveOutcome,
  type RecentComposeFile,
} from '../compose.js';
import type { ActionOutcome } from '../containers.js';
import { event, feature, invoke } from '../define.js';
import type { TaskSummary } from '../tasks.js';
import { empty } from './empty.js';
import { onEngine } from './engines.js';

/**
 * Channels for compose projects (issue 6). The projects themselves are not a channel: the
 * renderer groups the live container model by its compose labels (shared/compose/projects.ts).
 */
const invokes = {
  /** Which compose CLI runs `compose.run` (detected afresh on each call). */
  'compose.cli': invoke<ComposeCli>()(empty),
  /** Starts the compose CLI on a file as a task; its output is the task's console. */
  'compose.run': invoke<TaskSummary>()(onEngine(composeRunRequest)),
  /** Recently opened compose files, newest first. */
  'compose.recent': invoke<readonly RecentComposeFile[]>()(empty),
  /** Start, stop or restart every container of a project through the engine. */
  'compose.projectAction': invoke<readonly ActionOutcome[]>()(onEngine(projectActionRequest)),
  /** Removes a project's containers and networks, and its volumes if asked. */
  'compose.projectRemove': invoke<ProjectRemoveOutcome>()(onEngine(projectRemoveRequest)),
} as const;

const events = {
  'compose.recentChanged': event<readonly RecentComposeFile[]>(),
} as const;

const streams = {} as const;

export const composeFeature = feature({ invokes, events, streams });
