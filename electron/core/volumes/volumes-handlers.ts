import type { CoreDeps } from '../core-deps.js';
import { routeEngine, withoutEngine } from '../engines/engine-route.js';
import { HelperContainers } from '../helpers/helper-containers.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { forwardVolumeEvents } from './volume-events.js';
import {
  browseVolume,
  offerVolumeDownload,
  offerVolumeExport,
  offerVolumeImport,
  previewVolumeFile,
} from './volume-files.js';
import { createVolume, inspectVolume, listVolumes, removeVolume, volumeUsage } from './volume-service.js';

export const volumesHandlers = ({
  connection,
  engines,
  hub,
  transfers,
  disposables,
}: CoreDeps): FeatureHandlers<'volumes'> => {
  const helpers = new HelperContainers(connection);
  const on = (req: { engine?: string | undefined }) => routeEngine(engines, req).connection;
  /** Helper containers belong to one engine: each engine's are made (and counted) on their own. */
  const files = (req: { engine?: string | undefined }) => {
    const scope = routeEngine(engines, req);
    const mine = scope.attach(HelperContainers, () => new HelperContainers(scope.connection));
    return { connection: scope.connection, helpers: mine, transfers };
  };
  disposables.add(forwardVolumeEvents(connection, hub));
  // Every (re)connect first clears helpers a Berth that is gone left behind: usually one filtered
  // list call, done before "connected" so the engine is quiet once Berth says it is idle. A
  // failure is logged and never keeps Berth from connecting.
  disposables.add(
    connection.onConnect((client, signal) =>
      helpers.sweep(client, signal).then(
        () => undefined,
        (err: unknown) => {
          if (!signal.aborted) console.warn('berth: could not sweep stale helper containers', err);
        },
      ),
    ),
  );
  return {
    invokes: {
      'volumes.list': async (req) => listVolumes(on(req)),
      'volumes.usage': async (req) => volumeUsage(on(req)),
      'volumes.create': async (req) => createVolume(on(req), withoutEngine(req)),
      'volumes.inspect': async (req) => inspectVolume(on(req), req.name),
      'volumes.remove': async (req) => {
        await removeVolume(on(req), req.name);
        return { name: req.name };
      },
      'volumes.browse': async (req) => browseVolume(files(req), req.name, req.path),
      'volumes.preview': async (req) => previewVolumeFile(files(req), req.name, req.path),
      'volumes.download': async (req) => offerVolumeDownload(files(req), req.name, req.path, req.format),
      'volumes.export': async (req) => offerVolumeExport(files(req), req.name),
      'volumes.import': async (req) => offerVolumeImport(files(req), req.name, req.driver),
    },
    streams: {},
  };
};
