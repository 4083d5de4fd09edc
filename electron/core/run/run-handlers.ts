import type { runInvokes, runStreams } from '../../../shared/contract/channels/run.js';
import type { CoreDeps } from '../core-deps.js';
import type { HandlerGroup } from '../rpc/router.js';

export const runHandlers = (
  _deps: CoreDeps,
): HandlerGroup<keyof typeof runInvokes, keyof typeof runStreams> => ({
  invokes: {},
  streams: {},
});
