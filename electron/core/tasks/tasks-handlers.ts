import type { tasksInvokes, tasksStreams } from '../../../shared/contract/channels/tasks.js';
import type { CoreDeps } from '../core-deps.js';
import type { HandlerGroup } from '../rpc/router.js';

export const tasksHandlers = (
  _deps: CoreDeps,
): HandlerGroup<keyof typeof tasksInvokes, keyof typeof tasksStreams> => ({
  invokes: {},
  streams: {},
});
