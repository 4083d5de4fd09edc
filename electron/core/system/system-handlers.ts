import type { systemInvokes, systemStreams } from '../../../shared/contract/channels/system.js';
import type { CoreDeps } from '../core-deps.js';
import type { HandlerGroup } from '../rpc/router.js';

export const systemHandlers = (
  _deps: CoreDeps,
): HandlerGroup<keyof typeof systemInvokes, keyof typeof systemStreams> => ({
  invokes: {},
  streams: {},
});
