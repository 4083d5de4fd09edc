import type { CoreDeps } from '../core-deps.js';
import { routeEngine, taskEngine, withoutEngine } from '../engines/engine-route.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { projectAction, removeProject } from './compose-projects.js';
import { ComposeRunner } from './compose-runner.js';
import { RecentComposeStore } from './recent-store.js';

export const composeHandlers = ({ engines, tasks, hub, dataDir }: CoreDeps): FeatureHandlers<'compose'> => {
  const recent = new RecentComposeStore(dataDir);
  // One runner per engine: the compose CLI is pointed at that engine (DOCKER_HOST or its context).
  const runner = (req: { engine?: string | undefined }) => {
    const scope = routeEngine(engines, req);
    return {
      scope,
      runner: scope.attach(
        ComposeRunner,
        () => new ComposeRunner({ connection: scope.connection, tasks, hub, recent }),
      ),
    };
  };
  return {
    invokes: {
      'compose.cli': () => runner({}).runner.cli(true),
      'compose.run': async (req) => {
        const { scope, runner: run } = runner(req);
        return run.run(withoutEngine(req), taskEngine(scope, req));
      },
      'compose.recent': () => recent.list(),
      'compose.projectAction': async (req) => {
        const scope = routeEngine(engines, req);
        return projectAction(scope.connection, scope.containers, req.project, req.action);
      },
      'compose.projectRemove': async (req) => {
        const scope = routeEngine(engines, req);
        return removeProject(scope.connection, scope.containers, req.project, {
          volumes: req.volumes,
          force: req.force,
        });
      },
    },
    streams: {},
  };
};
