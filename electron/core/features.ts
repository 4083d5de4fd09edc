import type { FeatureName } from '../../shared/contract/channels.js';
import { buildHandlers } from './build/build-handlers.js';
import { composeHandlers } from './compose/compose-handlers.js';
import { containerHandlers } from './containers/container-handlers.js';
import { containerToolsHandlers } from './container-tools/container-tools-handlers.js';
import { imageUpdatesHandlers } from './image-updates/image-updates-handlers.js';
import type { CoreDeps } from './core-deps.js';
import { discoverHandlers } from './discover/discover-handlers.js';
import { settingsHandlers } from './settings/settings-handlers.js';
import { logsHandlers } from './logs/logs-handlers.js';
import { engineHandlers } from './engine/engine-handlers.js';
import { enginesHandlers } from './engines/engines-handlers.js';
import { filesHandlers } from './files/files-handlers.js';
import { imagesHandlers } from './images/images-handlers.js';
import { networksHandlers } from './networks/networks-handlers.js';
import type { FeatureHandlers, InvokeHandlers, StreamHandlers } from './rpc/router.js';
import { runHandlers } from './run/run-handlers.js';
import { swarmHandlers } from './swarm/swarm-handlers.js';
import { systemHandlers } from './system/system-handlers.js';
import { tasksHandlers } from './tasks/tasks-handlers.js';
import { volumesHandlers } from './volumes/volumes-handlers.js';
import { alertsHandlers } from './alerts/alerts-handlers.js';

/** For every feature of the contract, the factory of its handlers. */
export type HandlerTable = { readonly [F in FeatureName]: (deps: CoreDeps) => FeatureHandlers<F> };

/**
 * The backend's half of the feature list (the contract's half is `features` in
 * shared/contract/channels.ts): one entry per feature, keyed as there. A feature missing here,
 * or a channel its factory does not handle, does not compile.
 */
export const featureHandlers = {
  engine: engineHandlers,
  engines: enginesHandlers,
  containers: containerHandlers,
  run: runHandlers,
  images: imagesHandlers,
  build: buildHandlers,
  tasks: tasksHandlers,
  volumes: volumesHandlers,
  files: filesHandlers,
  networks: networksHandlers,
  compose: composeHandlers,
  system: systemHandlers,
  swarm: swarmHandlers,
  discover: discoverHandlers,
  settings: settingsHandlers,
  containerTools: containerToolsHandlers,
  imageUpdates: imageUpdatesHandlers,
  alerts: alertsHandlers,
  logs: logsHandlers,
} as const satisfies HandlerTable;

/** Builds every feature's handlers (in the order listed) and merges them into the router's tables. */
export const createHandlers = (
  deps: CoreDeps,
  table: HandlerTable = featureHandlers,
): { readonly invokes: InvokeHandlers; readonly streams: StreamHandlers } => {
  const factories: readonly ((deps: CoreDeps) => { readonly invokes: object; readonly streams: object })[] =
    Object.values(table);
  const groups = factories.map((make) => make(deps));
  // Complete by construction: the table covers every feature, each group every channel of its feature.
  return {
    invokes: Object.assign({}, ...groups.map((group) => group.invokes)) as InvokeHandlers,
    streams: Object.assign({}, ...groups.map((group) => group.streams)) as StreamHandlers,
  };
};
