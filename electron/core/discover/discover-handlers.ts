import type { BrowsableRegistry, Favorites } from '../../../shared/contract/discover.js';
import { isLoopbackRegistry } from '../../../shared/discover/registry-address.js';
import { DEFAULT_REGISTRY } from '../../../shared/images/reference.js';
import type { CoreDeps } from '../core-deps.js';
import { startTransfer } from '../images/image-transfer.js';
import { CredentialStore, type CredentialStoreOptions } from '../registry/credential-store.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { DiscoverStore } from './discover-store.js';
import { HubClient, type HubClientOptions } from './hub-client.js';
import { quickRun, planQuickRun } from './quick-run.js';
import { deleteTag, describeTag, listRepositories, listTags } from './registry-browse.js';
import { RegistryClient } from './registry-client.js';

export interface DiscoverOptions {
  readonly credentials?: CredentialStoreOptions;
  readonly hub?: HubClientOptions;
  readonly registryTimeoutMs?: number;
}

/** Discover and run (issue 20): private registries' catalogs, Docker Hub, Kitematic's one click. */
export const discoverHandlers = (
  { connection, hub, tasks, dataDir }: CoreDeps,
  options: DiscoverOptions = {},
): FeatureHandlers<'discover'> => {
  const credentials = new CredentialStore(options.credentials);
  const client = new RegistryClient({ credentials, timeoutMs: options.registryTimeoutMs });
  const store = new DiscoverStore(dataDir);
  const hubClient = new HubClient(options.hub);

  const registries = async (): Promise<readonly BrowsableRegistry[]> => {
    const [logins, file] = await Promise.all([credentials.list(), store.read()]);
    const byAddress = new Map<string, BrowsableRegistry>();
    for (const login of logins) {
      if (login.registry === DEFAULT_REGISTRY) continue;
      byAddress.set(login.registry, {
        address: login.registry,
        loggedIn: true,
        helper: login.helper,
        added: false,
        scheme: isLoopbackRegistry(login.registry) ? 'http' : 'https',
      });
    }
    for (const address of file.registries) {
      const known = byAddress.get(address);
      byAddress.set(
        address,
        known
          ? { ...known, added: true }
          : {
              address,
              loggedIn: false,
              helper: null,
              added: true,
              scheme: isLoopbackRegistry(address) ? 'http' : 'https',
            },
      );
    }
    return [...byAddress.values()].sort((a, b) => a.address.localeCompare(b.address));
  };

  const enginePlatform = (): string | null => {
    const status = connection.status;
    return status.state === 'connected' && status.version.os && status.version.arch
      ? `${status.version.os}/${status.version.arch}`
      : null;
  };

  const favoritesChanged = (favorites: Favorites): Favorites => {
    hub.emit('discover.favoritesChanged', favorites);
    return favorites;
  };

  return {
    invokes: {
      'discover.registries': registries,
      'discover.addRegistry': async (req) => {
        await store.addRegistry(req.registry);
        return registries();
      },
      'discover.removeRegistry': async (req) => {
        await store.removeRegistry(req.registry);
        return registries();
      },
      'discover.repositories': (req) =>
        listRepositories(client, req.registry, { last: req.last, pageSize: req.pageSize }),
      'discover.tags': (req) =>
        listTags(client, req.registry, req.repository, { last: req.last, pageSize: req.pageSize }),
      'discover.tag': (req) => describeTag(client, req.registry, req.repository, req.tag, enginePlatform()),
      'discover.deleteTag': (req) => deleteTag(client, req.registry, req.repository, req.tag),
      'discover.pull': (req) =>
        Promise.resolve(
          startTransfer({ connection, tasks, credentials }, 'pull', req.image, {
            ...(req.platform ? { platform: req.platform } : {}),
          }),
        ),
      'discover.plan': (req) => planQuickRun(connection, req.image),
      'discover.run': async (req) => {
        const created = await quickRun(connection, req.image);
        favoritesChanged(await store.recordRun(req.image, Date.now()));
        return created;
      },
      'discover.favorites': () => store.favorites(),
      'discover.star': async (req) => favoritesChanged(await store.star(req.image, req.starred)),
      'discover.hubSearch': (req) => hubClient.search(req.term),
      'discover.hubRepository': (req) => hubClient.repository(req.repository),
    },
    streams: {},
  };
};
