import type { CoreDeps } from '../core-deps.js';
import { openExec } from '../exec/exec-session.js';
import { streamLogs } from '../logs/logs-stream.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { StatsHub } from '../stats/stats-hub.js';
import { containerAction, removeContainers } from './container-actions.js';
import { inspectContainer, topContainer } from './container-inspect.js';

export const containerHandlers = ({
  connection,
  containers,
  engines,
  disposables,
}: CoreDeps): FeatureHandlers<'containers'> => {
  // One engine stats stream per container, shared by every view that shows it.
  const stats = disposables.add(new StatsHub(connection));
  return {
    invokes: {
      'containers.list': (req) => Promise.resolve(engines.scope(req.engine).containers.list()),
      'containers.action': async (req) => {
        const scope = engines.scope(req.engine);
        const outcomes = await containerAction(scope.connection, req.action, req.refs);
        scope.containers.touch(req.refs);
        return outcomes;
      },
      'containers.remove': async (req) => {
        const scope = engines.scope(req.engine);
        const outcomes = await removeContainers(scope.connection, req.refs, {
          volumes: req.volumes,
          force: req.force,
        });
        scope.containers.touch(req.refs);
        return outcomes;
      },
      'containers.inspect': (req) => inspectContainer(connection, req.ref),
      'containers.top': (req) => topContainer(connection, req.ref),
    },
    streams: {
      'containers.logs': (req, sink) => streamLogs(connection, containers, req, sink),
      'containers.stats': (req, sink) => stats.subscribe(req.ref, sink),
      'containers.exec': (req, sink) => openExec(connection, req, sink),
    },
  };
};
