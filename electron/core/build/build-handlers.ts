import type { CoreDeps } from '../core-deps.js';
import { routeEngine, taskEngine, withoutEngine, type EngineRequest } from '../engines/engine-route.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { measureContextWithin, MEASURE_TIMEOUT_MS, resolveBuildContext } from './build-context.js';
import { startBuild } from './build-run.js';
import { expectImageTar, saveImages } from './image-tar.js';

export const buildHandlers = (deps: CoreDeps): FeatureHandlers<'build'> => {
  /** The same services, pointed at the engine the request names. */
  const on = (req: EngineRequest, feature?: 'build') => {
    const scope = routeEngine(deps.engines, req, feature);
    return {
      deps: { ...deps, connection: scope.connection, containers: scope.containers },
      engine: taskEngine(scope, req),
    };
  };
  return {
    invokes: {
      'build.contextInfo': async (req) =>
        measureContextWithin(await resolveBuildContext(req.contextPath, req.dockerfile), MEASURE_TIMEOUT_MS),
      'build.start': async (req) => {
        const target = on(req, 'build');
        return startBuild(target.deps, withoutEngine(req), target.engine);
      },
      'images.save': async (req) => saveImages(on(req).deps, req.refs),
      'images.load': (req) => {
        const target = on(req);
        return Promise.resolve(expectImageTar(target.deps, target.engine));
      },
    },
    streams: {},
  };
};
