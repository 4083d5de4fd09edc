import type { CoreDeps } from '../core-deps.js';
import { routeEngine, taskEngine } from '../engines/engine-route.js';
import { CredentialStore, type CredentialStoreOptions } from '../registry/credential-store.js';
import { PendingLogins } from '../registry/pending-logins.js';
import { login, logout } from '../registry/registry-login.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { removeImages, tagImage, untagImages } from './image-actions.js';
import { ImageChanges } from './image-changes.js';
import { imageHistory, inspectImage } from './image-details.js';
import { DiskUseCache, listImages } from './image-list.js';
import { searchImages } from './image-search.js';
import { startTransfer } from './image-transfer.js';

export interface ImagesOptions {
  /** Where the docker CLI's config lives; by default `$DOCKER_CONFIG` or `~/.docker`, per call. */
  readonly credentials?: CredentialStoreOptions;
}

export const imagesHandlers = (
  { connection, engines, hub, tasks, disposables }: CoreDeps,
  options: ImagesOptions = {},
): FeatureHandlers<'images'> => {
  const credentials = new CredentialStore(options.credentials);
  disposables.add(new ImageChanges(connection, (change) => hub.emit('images.changed', change)));
  const logins = new PendingLogins();
  const on = (req: { engine?: string | undefined }) => routeEngine(engines, req).connection;
  const transfer = (kind: 'pull' | 'push', req: { engine?: string | undefined; reference: string }) => {
    const scope = routeEngine(engines, req);
    const engine = taskEngine(scope, req);
    return startTransfer(
      { connection: scope.connection, tasks, credentials, ...(engine ? { engine } : {}) },
      kind,
      req.reference,
    );
  };
  return {
    invokes: {
      'images.list': async (req) => {
        const scope = routeEngine(engines, req);
        return listImages(
          scope.connection,
          scope.attach(DiskUseCache, () => new DiskUseCache(scope.connection)),
        );
      },
      'images.inspect': async (req) => inspectImage(on(req), req.ref),
      'images.history': async (req) => imageHistory(on(req), req.ref),
      'images.remove': async (req) => removeImages(on(req), req.ids, req.force),
      'images.untag': async (req) => untagImages(on(req), req.references),
      'images.tag': async (req) => tagImage(on(req), req.source, req.target),
      'images.pull': (req) => Promise.resolve(transfer('pull', req)),
      'images.push': (req) => Promise.resolve(transfer('push', req)),
      'images.search': async (req) => searchImages(on(req), req.term, req.limit),
      'registry.list': () => credentials.list(),
      'registry.login': (req, ctx) =>
        logins.run(ctx.clientId, (signal) => login(connection, credentials, req, signal)),
      'registry.cancelLogin': (_req, ctx) => Promise.resolve({ cancelled: logins.cancel(ctx.clientId) }),
      'registry.logout': (req) => logout(credentials, req.registry),
    },
    streams: {},
  };
};
