import type { CoreDeps } from '../core-deps.js';
import { routeEngine, withoutEngine } from '../engines/engine-route.js';
import { openExec } from '../exec/exec-session.js';
import { streamLogs } from '../logs/logs-stream.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { StatsHub } from '../stats/stats-hub.js';
import { containerAction, removeContainers } from './container-actions.js';
import { inspectContainer, topContainer } from './container-inspect.js';

export const containerHandlers = ({ engines }: CoreDeps): FeatureHandlers<'containers'> => ({
  invokes: {
    'containers.list': (req) => Promise.resolve(routeEngine(engines, req).containers.list()),
    'containers.action': async (req) => {
      const pausing = req.action === 'pause' || req.action === 'unpause';
      const scope = routeEngine(engines, req, pausing ? 'pause' : undefined);
      const outcomes = await containerAction(scope.connection, req.action, req.refs);
      scope.containers.touch(req.refs);
      return outcomes;
    },
    'containers.remove': async (req) => {
      const scope = routeEngine(engines, req);
      const outcomes = await removeContainers(scope.connection, req.refs, {
        volumes: req.volumes,
        force: req.force,
      });
      scope.containers.touch(req.refs);
      return outcomes;
    },
    'containers.inspect': async (req) => inspectContainer(routeEngine(engines, req).connection, req.ref),
    'containers.top': async (req) => topContainer(routeEngine(engines, req).connection, req.ref),
  },
  streams: {
    'containers.logs': (req, sink) => {
      const scope = routeEngine(engines, req);
      return streamLogs(scope.connection, scope.containers, withoutEngine(req), sink);
    },
    // One engine stats stream per container, shared by every view that shows it (per engine).
    'containers.stats': (req, sink) => {
      const scope = routeEngine(engines, req, 'stats');
      return scope.attach(StatsHub, () => new StatsHub(scope.connection)).subscribe(req.ref, sink);
    },
    'containers.exec': (req, sink) =>
      openExec(routeEngine(engines, req).connection, withoutEngine(req), sink),
  },
});
