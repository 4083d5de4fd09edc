import type { CoreDeps } from '../core-deps.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { routeEngine, type EngineRequest } from '../engines/engine-route.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { commitContainer, composeExport, openExport, renameContainer } from './container-tools.js';

export const containerToolsHandlers = ({
  engines,
  transfers,
}: CoreDeps): FeatureHandlers<'containerTools'> => {
  const on = (req: EngineRequest): EngineConnection => routeEngine(engines, req).connection;
  return {
    invokes: {
      'containers.rename': (req) => renameContainer(on(req), req.ref, req.name),
      'containers.commit': (req) => commitContainer(on(req), req),
      'containers.export': async (req) => {
        const connection = on(req);
        // Asked now, so a missing container is a message in the page rather than an empty file.
        const info = await connection.call((client, signal) =>
          client.getContainer(req.ref).inspect({ abortSignal: signal }),
        );
        return transfers.offerDownload({
          filename: `${info.Name.replace(/^\//, '') || req.ref}.tar`,
          contentType: 'application/x-tar',
          open: (signal) => openExport(connection, req.ref, signal),
        });
      },
      'compose.fromContainers': (req) => composeExport(on(req), req.containers),
    },
    streams: {},
  };
};
