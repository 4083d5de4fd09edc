import type { z } from 'zod';
import type { contextCreateRequest, MergedList } from '../../../shared/contract/channels/engines.js';
import { groupProjects } from '../../../shared/compose/projects.js';
import type { CoreDeps } from '../core-deps.js';
import { DiskUseCache, listImages } from '../images/image-list.js';
import { listNetworks } from '../networks/network-list.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { listVolumes } from '../volumes/volume-service.js';
import type { DockerEndpointSpec } from './cli-context-store.js';
import { EngineLists } from './engine-lists.js';
import type { EngineScope } from './engine-set.js';

type Req<T extends z.ZodType> = z.infer<T>;

/** Store errors (CONFLICT, NOT_FOUND, VALIDATION) become rejections, as from any other handler. */
const run = <T>(fn: () => T): Promise<T> => new Promise((resolve) => resolve(fn()));

const endpoint = (docker: Req<typeof contextCreateRequest>['docker']): DockerEndpointSpec => ({
  host: docker.host,
  ...(docker.skipTlsVerify !== undefined ? { skipTlsVerify: docker.skipTlsVerify } : {}),
  ...(docker.tls
    ? {
        tls: {
          ...(docker.tls.ca !== undefined ? { ca: docker.tls.ca } : {}),
          ...(docker.tls.cert !== undefined ? { cert: docker.tls.cert } : {}),
          ...(docker.tls.key !== undefined ? { key: docker.tls.key } : {}),
        },
      }
    : {}),
});

/**
 * The engines and contexts channels over the backend's EngineSet. The first request starts it (the other engines'
 * connections and the CLI config watcher), so a Berth that never shows the engine list opens nothing more. Every
 * write goes to the CLI's own store and is read back at once (the watcher would see it a debounce later), so the
 * answer is the store as the CLI now sees it; store refusals become rejected calls with their codes.
 */
export const enginesHandlers = ({ engines: set }: CoreDeps): FeatureHandlers<'engines'> => {
  const active = (): typeof set => {
    set.start();
    return set;
  };
  const lists = new EngineLists(set);
  const all = <T>(kind: string, read: (scope: EngineScope) => Promise<T> | T): Promise<MergedList<T>> => {
    active();
    return lists.read(kind, read);
  };
  return {
    invokes: {
      'engines.list': () => Promise.resolve(active().list()),
      'engines.allContainers': () => all('containers', (scope) => scope.containers.list()),
      'engines.allProjects': () => all('projects', (scope) => groupProjects(scope.containers.list())),
      'engines.allImages': () =>
        all('images', (scope) =>
          listImages(
            scope.connection,
            scope.attach(DiskUseCache, () => new DiskUseCache(scope.connection)),
          ),
        ),
      'engines.allVolumes': () => all('volumes', (scope) => listVolumes(scope.connection)),
      'engines.allNetworks': () => all('networks', (scope) => listNetworks(scope.connection)),
      'engines.retry': (req) =>
        run(() => {
          active().require(req.engine).connection.retryNow();
          const summary = set.list().find((e) => e.id === req.engine);
          if (!summary) throw new Error('unreachable: a required engine is listed');
          return summary;
        }),
      'contexts.list': () => Promise.resolve(active().refresh()),
      'contexts.create': (req) =>
        run(() => {
          active().contexts.create({
            name: req.name,
            ...(req.description !== undefined ? { description: req.description } : {}),
            docker: endpoint(req.docker),
          });
          return set.refresh();
        }),
      'contexts.update': (req) =>
        run(() => {
          active().contexts.update(req.name, {
            ...(req.description !== undefined ? { description: req.description } : {}),
            ...(req.docker !== undefined ? { docker: endpoint(req.docker) } : {}),
          });
          return set.refresh();
        }),
      'contexts.remove': (req) =>
        run(() => {
          active().contexts.remove(req.name, { force: req.force ?? false });
          return set.refresh();
        }),
      'contexts.use': (req) =>
        run(() => {
          active().contexts.use(req.name);
          return set.refresh();
        }),
    },
    streams: {},
  };
};
