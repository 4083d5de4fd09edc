import type { CoreDeps } from '../core-deps.js';
import { routeEngine, taskEngine } from '../engines/engine-route.js';
import { CredentialStore, type CredentialStoreOptions } from '../registry/credential-store.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { applyUpdate } from './update-apply.js';
import { checkUpdates } from './update-check.js';

export interface ImageUpdatesOptions {
  /** Where the docker CLI's config lives; by default `$DOCKER_CONFIG` or `~/.docker`, per call. */
  readonly credentials?: CredentialStoreOptions;
}

export const imageUpdatesHandlers = (
  { engines, tasks }: CoreDeps,
  options: ImageUpdatesOptions = {},
): FeatureHandlers<'imageUpdates'> => {
  const credentials = new CredentialStore(options.credentials);
  return {
    invokes: {
      'updates.check': (req) =>
        checkUpdates(routeEngine(engines, req).connection, credentials, req.containers),
      'updates.apply': (req) => {
        const scope = routeEngine(engines, req);
        const engine = taskEngine(scope, req);
        return applyUpdate(
          { connection: scope.connection, tasks, credentials, ...(engine ? { engine } : {}) },
          req.ref,
        );
      },
    },
    streams: {},
  };
};
