import type { composeInvokes, composeStreams } from '../../../shared/contract/channels/compose.js';
import type { CoreDeps } from '../core-deps.js';
import type { HandlerGroup } from '../rpc/router.js';

export const composeHandlers = (
  _deps: CoreDeps,
): HandlerGroup<keyof typeof composeInvokes, keyof typeof composeStreams> => ({
  invokes: {},
  streams: {},
});
