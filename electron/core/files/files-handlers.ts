import type { filesInvokes, filesStreams } from '../../../shared/contract/channels/files.js';
import type { CoreDeps } from '../core-deps.js';
import type { HandlerGroup } from '../rpc/router.js';

export const filesHandlers = (
  _deps: CoreDeps,
): HandlerGroup<keyof typeof filesInvokes, keyof typeof filesStreams> => ({
  invokes: {},
  streams: {},
});
