import type { CoreDeps } from '../core-deps.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { checkPorts } from './port-check.js';
import { runCreate } from './run-create.js';
import { runEdit } from './run-edit.js';
import { containerForm } from './run-from-container.js';
import { imageDefaults, localImages, runOptions } from './run-images.js';

/** Trial binds only say something about the engine's ports when the engine runs on this host. */
const engineIsLocal = (url: string | undefined): boolean =>
  url === undefined || url.startsWith('unix://') || url.startsWith('npipe://');

export const runHandlers = ({ connection, containers }: CoreDeps): FeatureHandlers<'run'> => {
  const endpointUrl = (): string | undefined => {
    const status = connection.status;
    return status.state === 'connected' ? status.endpoint.url : undefined;
  };
  return {
    invokes: {
      'run.create': (req) => runCreate(connection, req.form),
      'run.edit': async (req) => {
        const result = await runEdit(connection, req.ref, req.form);
        containers.touch([req.ref]);
        return result;
      },
      'run.checkPorts': (req) => checkPorts(connection, req.ports, req.exclude, engineIsLocal(endpointUrl())),
      'run.imageDefaults': (req) => {
        const published = new Set(containers.list().flatMap((c) => c.ports.map((p) => p.hostPort)));
        return imageDefaults(connection, req.image, published, engineIsLocal(endpointUrl()));
      },
      'run.fromContainer': (req) => containerForm(connection, req.ref),
      'run.localImages': () => localImages(connection),
      'run.options': () => runOptions(connection),
    },
    streams: {},
  };
};
