import type { z } from 'zod';
import type {
  ContextStoreSnapshot,
  EngineSummary,
  contextCreateRequest,
  contextRemoveRequest,
  contextUpdateRequest,
  contextUseRequest,
  engineRequest,
} from '../../../shared/contract/channels/engines.js';
import type { DockerEndpointSpec } from './cli-context-store.js';
import type { EngineSet } from './engine-set.js';

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
 * The engines and contexts channels over one EngineSet. Every write goes to the CLI's own store and is read back
 * at once (the watcher would see it too, a debounce later), so the answer is the store as the CLI now sees it.
 */
export const enginesHandlers = (set: EngineSet) => ({
  invokes: {
    'engines.list': (): Promise<readonly EngineSummary[]> => Promise.resolve(set.list()),
    'engines.retry': (req: Req<typeof engineRequest>): Promise<EngineSummary> =>
      run(() => {
        set.require(req.engine).connection.retryNow();
        const summary = set.list().find((e) => e.id === req.engine);
        if (!summary) throw new Error('unreachable: a required engine is listed');
        return summary;
      }),
    'contexts.list': (): Promise<ContextStoreSnapshot> => Promise.resolve(set.refresh()),
    'contexts.create': (req: Req<typeof contextCreateRequest>): Promise<ContextStoreSnapshot> =>
      run(() => {
        set.contexts.create({
          name: req.name,
          ...(req.description !== undefined ? { description: req.description } : {}),
          docker: endpoint(req.docker),
        });
        return set.refresh();
      }),
    'contexts.update': (req: Req<typeof contextUpdateRequest>): Promise<ContextStoreSnapshot> =>
      run(() => {
        set.contexts.update(req.name, {
          ...(req.description !== undefined ? { description: req.description } : {}),
          ...(req.docker !== undefined ? { docker: endpoint(req.docker) } : {}),
        });
        return set.refresh();
      }),
    'contexts.remove': (req: Req<typeof contextRemoveRequest>): Promise<ContextStoreSnapshot> =>
      run(() => {
        set.contexts.remove(req.name, { force: req.force ?? false });
        return set.refresh();
      }),
    'contexts.use': (req: Req<typeof contextUseRequest>): Promise<ContextStoreSnapshot> =>
      run(() => {
        set.contexts.use(req.name);
        return set.refresh();
      }),
  },
  streams: {},
});
