import type { CoreDeps } from '../core-deps.js';
import { routeEngine } from '../engines/engine-route.js';
import type { EngineScope } from '../engines/engine-set.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { checkPorts } from './port-check.js';
import { runCreate } from './run-create.js';
import { runEdit } from './run-edit.js';
import { containerForm } from './run-from-container.js';
import { imageDefaults, localImages, runOptions } from './run-images.js';

/** Trial binds only say something about the engine's ports when the engine runs on this host. */
const engineIsLocal = (url: string | undefined): boolean =>
  url === undefined || url.startsWith('unix://') || url.startsWith('npipe://');

/** Where the scope's engine is, once connected (trial binds only mean something for a local engine). */
const endpointUrl = ({ connection }: EngineScope): string | undefined => {
  const status = connection.status;
  return status.state === 'connected' ? status.endpoint.url : undefined;
};

export const runHandlers = ({ engines }: CoreDeps): FeatureHandlers<'run'> => {
  const on = (req: { engine?: string | undefined }) => routeEngine(engines, req).connection;
  return {
    invokes: {
      'run.create': async (req) => runCreate(on(req), req.form, req.from),
      'run.edit': async (req) => {
        const scope = routeEngine(engines, req);
        const result = await runEdit(scope.connection, req.ref, req.form);
        scope.containers.touch([req.ref]);
        return result;
      },
      'run.checkPorts': async (req) => {
        const scope = routeEngine(engines, req);
        return checkPorts(scope.connection, req.ports, req.exclude, engineIsLocal(endpointUrl(scope)));
      },
      'run.imageDefaults': async (req) => {
        const scope = routeEngine(engines, req);
        const published = new Set(scope.containers.list().flatMap((c) => c.ports.map((p) => p.hostPort)));
        return imageDefaults(scope.connection, req.image, published, engineIsLocal(endpointUrl(scope)));
      },
      'run.fromContainer': async (req) => containerForm(on(req), req.ref),
      'run.localImages': async (req) => localImages(on(req)),
      'run.options': async (req) => runOptions(on(req)),
    },
    streams: {},
  };
};
