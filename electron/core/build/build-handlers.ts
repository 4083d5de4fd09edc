import type { buildInvokes, buildStreams } from '../../../shared/contract/channels/build.js';
import type { CoreDeps } from '../core-deps.js';
import type { HandlerGroup } from '../rpc/router.js';

export const buildHandlers = (
  _deps: CoreDeps,
): HandlerGroup<keyof typeof buildInvokes, keyof typeof buildStreams> => ({
  invokes: {},
  streams: {},
});
