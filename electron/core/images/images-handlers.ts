import type { CoreDeps } from '../core-deps.js';
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
  { connection, hub, tasks, disposables }: CoreDeps,
  options: ImagesOptions = {},
): FeatureHandlers<'images'> => {
  const credentials = new CredentialStore(options.credentials);
  disposables.add(new ImageChanges(connection, (change) => hub.emit('images.changed', change)));
  const diskUse = disposables.add(new DiskUseCache(connection));
  const transfer = { connection, tasks, credentials };
  const logins = new PendingLogins();
  return {
    invokes: {
      'images.list': () => listImages(connection, diskUse),
      'images.inspect': (req) => inspectImage(connection, req.ref),
      'images.history': (req) => imageHistory(connection, req.ref),
      'images.remove': (req) => removeImages(connection, req.ids, req.force),
      'images.untag': (req) => untagImages(connection, req.references),
      'images.tag': (req) => tagImage(connection, req.source, req.target),
      'images.pull': (req) => Promise.resolve(startTransfer(transfer, 'pull', req.reference)),
      'images.push': (req) => Promise.resolve(startTransfer(transfer, 'push', req.reference)),
      'images.search': (req) => searchImages(connection, req.term, req.limit),
      'registry.list': () => credentials.list(),
      'registry.login': (req, ctx) =>
        logins.run(ctx.clientId, (signal) => login(connection, credentials, req, signal)),
      'registry.cancelLogin': (_req, ctx) => Promise.resolve({ cancelled: logins.cancel(ctx.clientId) }),
      'registry.logout': (req) => logout(credentials, req.registry),
    },
    streams: {},
  };
};
