import type { imagesInvokes, imagesStreams } from '../../../shared/contract/channels/images.js';
import type { CoreDeps } from '../core-deps.js';
import type { HandlerGroup } from '../rpc/router.js';

export const imagesHandlers = (
  _deps: CoreDeps,
): HandlerGroup<keyof typeof imagesInvokes, keyof typeof imagesStreams> => ({
  invokes: {},
  streams: {},
});
