import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ServerMessage } from '../../shared/protocol/messages.js';
import { ContainerSync } from './containers/container-sync.js';
import type { CoreDeps, HostCapabilities } from './core-deps.js';
import { EngineConnection, type EngineConnectionOptions } from './engine/engine-connection.js';
import { nodeResolveEnv, resolveEndpoint } from './engine/endpoint.js';
import { engineClientFactory } from './engines/engine-client.js';
import { EngineSet, type EngineSetOptions } from './engines/engine-set.js';
import { DisposableStore, toDisposable, type Disposable } from './rpc/disposable.js';
import { EventHub } from './rpc/event-hub.js';
import { createHandlers } from './features.js';
import { createRouter, type Router } from './rpc/router.js';
import { createSession, type Session } from './rpc/session.js';
import { TaskRegistry } from './tasks/task-registry.js';
import { TransferRegistry } from './transfers/transfer-registry.js';

export type { HostCapabilities } from './core-deps.js';
export { parseExternalUrl } from './engine/engine-handlers.js';

export interface BackendOptions {
  readonly host?: HostCapabilities;
  readonly connection?: Partial<EngineConnectionOptions>;
  readonly coalesceMs?: number;
  /** See CoreDeps.dataDir; defaults to $XDG_CONFIG_HOME/berth (or ~/.config/berth). */
  readonly dataDir?: string;
  /** The other engines (CLI contexts, Podman); the process environment by default. */
  readonly engines?: Omit<EngineSetOptions, 'primary'>;
}

const defaultDataDir = (): string => join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'berth');

export interface Backend extends Disposable {
  readonly router: Router;
  readonly hub: EventHub;
  readonly connection: EngineConnection;
  readonly containers: ContainerSync;
  readonly tasks: TaskRegistry;
  /** The host serves these at TRANSFER_PATH_PREFIX (see transfers/transfer-http.ts). */
  readonly transfers: TransferRegistry;
  start(): void;
  /** A new client (window, WebSocket): its subscriptions die with it. */
  createSession(send: (message: ServerMessage) => void): Session;
  readonly sessionCount: number;
}

/** The composition root of the Electron-free backend, shared by the Electron shell and web mode. */
export const createBackend = (options: BackendOptions = {}): Backend => {
  const disposables = new DisposableStore();
  const hub = new EventHub();
  // ssh through the system ssh binary, TLS verified before any request byte (electron/core/engines/).
  const clients = engineClientFactory();
  const connection = disposables.add(
    new EngineConnection({
      resolve: () => resolveEndpoint(nodeResolveEnv()),
      createClient: clients,
      ...options.connection,
    }),
  );
  disposables.add(toDisposable(() => clients.dispose()));
  const containers = disposables.add(new ContainerSync(connection, { coalesceMs: options.coalesceMs }));
  const engines = disposables.add(
    new EngineSet({
      coalesceMs: options.coalesceMs,
      ...options.engines,
      primary: { connection, containers },
    }),
  );
  disposables.add(engines.onStatus((change) => hub.emit('engines.status', change)));
  disposables.add(engines.onEnginesChanged((list) => hub.emit('engines.changed', list)));
  disposables.add(engines.onContextsChanged((snapshot) => hub.emit('contexts.changed', snapshot)));
  disposables.add(engines.onContainers((change) => hub.emit('engines.containers', change)));
  disposables.add(engines.onObjects((change) => hub.emit('engines.objects', change)));
  disposables.add(connection.onStatus((status) => hub.emit('engine.status', status)));
  disposables.add(containers.onChange((change) => hub.emit('containers.changed', change)));
  const sessions = new Set<Session>();

  const tasks = disposables.add(new TaskRegistry());
  const transfers = disposables.add(new TransferRegistry());
  const deps: CoreDeps = {
    connection,
    containers,
    engines,
    hub,
    host: options.host ?? {},
    disposables,
    tasks,
    transfers,
    dataDir: options.dataDir ?? defaultDataDir(),
    coalesceMs: options.coalesceMs,
  };
  const handlers = createHandlers(deps);
  const router = createRouter(handlers.invokes, handlers.streams);

  return {
    router,
    hub,
    connection,
    containers,
    tasks,
    transfers,
    start: () => {
      connection.start();
    },
    createSession(send) {
      const session = createSession({
        clientId: randomUUID(),
        router,
        hub,
        send,
        onRequest: () => {
          connection.noteDemand();
        },
      });
      sessions.add(session);
      return {
        receive: (raw, encodedBytes) => {
          session.receive(raw, encodedBytes);
        },
        get subscriptionCount() {
          return session.subscriptionCount;
        },
        dispose: () => {
          sessions.delete(session);
          session.dispose();
        },
      };
    },
    get sessionCount() {
      return sessions.size;
    },
    dispose() {
      for (const session of [...sessions]) session.dispose();
      sessions.clear();
      disposables.dispose();
    },
  };
};
