import type { networksInvokes, networksStreams } from '../../../shared/contract/channels/networks.js';
import type { CoreDeps } from '../core-deps.js';
import type { HandlerGroup } from '../rpc/router.js';

export const networksHandlers = (
  _deps: CoreDeps,
): HandlerGroup<keyof typeof networksInvokes, keyof typeof networksStreams> => ({
  invokes: {},
  streams: {},
});
