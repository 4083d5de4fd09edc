import type { CoreDeps } from '../core-deps.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { projectAction, removeProject } from './compose-projects.js';
import { ComposeRunner } from './compose-runner.js';
import { RecentComposeStore } from './recent-store.js';

export const composeHandlers = ({
  connection,
  containers,
  tasks,
  hub,
  dataDir,
}: CoreDeps): FeatureHandlers<'compose'> => {
  const recent = new RecentComposeStore(dataDir);
  const runner = new ComposeRunner({ connection, tasks, hub, recent });
  return {
    invokes: {
      'compose.cli': () => runner.cli(true),
      'compose.run': (req) => runner.run(req),
      'compose.recent': () => recent.list(),
      'compose.projectAction': (req) => projectAction(connection, containers, req.project, req.action),
      'compose.projectRemove': (req) =>
        removeProject(connection, containers, req.project, { volumes: req.volumes, force: req.force }),
    },
    streams: {},
  };
};
