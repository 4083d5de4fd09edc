import type { UploadResult } from '../../../shared/contract/files.js';
import { baseName } from '../../../shared/files/container-path.js';
import type { CoreDeps } from '../core-deps.js';
import { routeEngine } from '../engines/engine-route.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { listFolder, openFileBytes, openTar, previewFile, uploadFile } from './archive.js';

/*
 * A container's files, running or stopped, through the archive API only. Listing through `ls`
 * in an exec would be quicker on a huge folder but needs a running container whose image has
 * the tool, and parsing its output is fragile (names with newlines, busybox vs GNU columns); the
 * archive works everywhere and is capped (see LIST_MAX_BYTES, DEFAULT_LISTING_LIMITS).
 */
export const filesHandlers = ({ engines, transfers }: CoreDeps): FeatureHandlers<'files'> => ({
  invokes: {
    'files.list': async (req) => listFolder(routeEngine(engines, req).connection, req.ref, req.path),
    'files.preview': async (req) => previewFile(routeEngine(engines, req).connection, req.ref, req.path),
    'files.download': async (req) => {
      const { connection } = routeEngine(engines, req);
      // Checked now (404, or a folder asked for raw) so the page gets a message, not a bad file.
      if (req.format === 'raw') await previewFile(connection, req.ref, req.path);
      const base = baseName(req.path) || 'root';
      return transfers.offerDownload({
        filename: req.format === 'raw' ? base : `${base}.tar`,
        contentType: req.format === 'raw' ? 'application/octet-stream' : 'application/x-tar',
        open: (signal) =>
          req.format === 'raw'
            ? openFileBytes(connection, req.ref, req.path, req.path, signal)
            : openTar(connection, req.ref, req.path, signal),
      });
    },
    'files.upload': (req) => {
      const { connection } = routeEngine(engines, req);
      const ticket = transfers.expectUpload({
        maxBytes: req.size,
        accept: (body, signal): Promise<UploadResult> =>
          uploadFile(connection, req.ref, req.dir, req.name, req.size, body, signal),
      });
      return Promise.resolve(ticket);
    },
  },
  streams: {},
});
