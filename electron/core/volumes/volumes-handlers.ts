import type { CoreDeps } from '../core-deps.js';
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
  hub,
  transfers,
  disposables,
}: CoreDeps): FeatureHandlers<'volumes'> => {
  const helpers = new HelperContainers(connection);
  const files = { connection, helpers, transfers };
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
      'volumes.list': () => listVolumes(connection),
      'volumes.usage': () => volumeUsage(connection),
      'volumes.create': (req) => createVolume(connection, req),
      'volumes.inspect': (req) => inspectVolume(connection, req.name),
      'volumes.remove': async (req) => {
        await removeVolume(connection, req.name);
        return { name: req.name };
      },
      'volumes.browse': (req) => browseVolume(files, req.name, req.path),
      'volumes.preview': (req) => previewVolumeFile(files, req.name, req.path),
      'volumes.download': (req) => offerVolumeDownload(files, req.name, req.path, req.format),
      'volumes.export': (req) => offerVolumeExport(files, req.name),
      'volumes.import': (req) => offerVolumeImport(files, req.name, req.driver),
    },
    streams: {},
  };
};
