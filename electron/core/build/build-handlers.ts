import type { CoreDeps } from '../core-deps.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { measureContextWithin, MEASURE_TIMEOUT_MS, resolveBuildContext } from './build-context.js';
import { startBuild } from './build-run.js';
import { expectImageTar, saveImages } from './image-tar.js';

export const buildHandlers = (deps: CoreDeps): FeatureHandlers<'build'> => ({
  invokes: {
    'build.contextInfo': async (req) =>
      measureContextWithin(await resolveBuildContext(req.contextPath, req.dockerfile), MEASURE_TIMEOUT_MS),
    'build.start': (req) => startBuild(deps, req),
    'images.save': (req) => saveImages(deps, req.refs),
    'images.load': () => Promise.resolve(expectImageTar(deps)),
  },
  streams: {},
});
