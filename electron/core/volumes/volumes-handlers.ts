import type { volumesInvokes, volumesStreams } from '../../../shared/contract/channels/volumes.js';
import type { CoreDeps } from '../core-deps.js';
import type { HandlerGroup } from '../rpc/router.js';

export const volumesHandlers = (
  _deps: CoreDeps,
): HandlerGroup<keyof typeof volumesInvokes, keyof typeof volumesStreams> => ({
  invokes: {},
  streams: {},
});
