import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ServerMessage } from '../../shared/protocol/messages.js';
import { buildHandlers } from './build/build-handlers.js';
import { composeHandlers } from './compose/compose-handlers.js';
import { containerHandlers } from './containers/container-handlers.js';
import { ContainerSync } from './containers/container-sync.js';
import type { CoreDeps, HostCapabilities } from './core-deps.js';
import { EngineConnection, type EngineConnectionOptions } from './engine/engine-connection.js';
import { engineHandlers } from './engine/engine-handlers.js';
import { nodeResolveEnv, resolveEndpoint } from './engine/endpoint.js';
import { filesHandlers } from './files/files-handlers.js';
import { imagesHandlers } from './images/images-handlers.js';
import { networksHandlers } from './networks/networks-handlers.js';
import { DisposableStore, type Disposable } from './rpc/disposable.js';
import { EventHub } from './rpc/event-hub.js';
import { createRouter, type Router } from './rpc/router.js';
import { createSession, type Session } from './rpc/session.js';
import { runHandlers } from './run/run-handlers.js';
import { swarmHandlers } from './swarm/swarm-handlers.js';
import { systemHandlers } from './system/system-handlers.js';
import { TaskRegistry } from './tasks/task-registry.js';
import { tasksHandlers } from './tasks/tasks-handlers.js';
import { TransferRegistry } from './transfers/transfer-registry.js';
import { volumesHandlers } from './volumes/volumes-handlers.js';

export type { HostCapabilities } from './core-deps.js';
export { parseExternalUrl } from './engine/engine-handlers.js';

export interface BackendOptions {
  readonly host?: HostCapabilities;
  readonly connection?: Partial<EngineConnectionOptions>;
  readonly coalesceMs?: number;
  /** See CoreDeps.dataDir; defaults to $XDG_CONFIG_HOME/berth (or ~/.config/berth). */
  readonly dataDir?: string;
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
  const connection = disposables.add(
    new EngineConnection({ resolve: () => resolveEndpoint(nodeResolveEnv()), ...options.connection }),
  );
  const containers = disposables.add(new ContainerSync(connection, { coalesceMs: options.coalesceMs }));
  disposables.add(connection.onStatus((status) => hub.emit('engine.status', status)));
  disposables.add(containers.onChange((change) => hub.emit('containers.changed', change)));
  const sessions = new Set<Session>();

  const tasks = disposables.add(new TaskRegistry());
  const transfers = disposables.add(new TransferRegistry());
  const deps: CoreDeps = {
    connection,
    containers,
    hub,
    host: options.host ?? {},
    disposables,
    tasks,
    transfers,
    dataDir: options.dataDir ?? defaultDataDir(),
  };
  const engine = engineHandlers(deps);
  const container = containerHandlers(deps);
  const run = runHandlers(deps);
  const images = imagesHandlers(deps);
  const build = buildHandlers(deps);
  const taskGroup = tasksHandlers(deps);
  const volumes = volumesHandlers(deps);
  const files = filesHandlers(deps);
  const networks = networksHandlers(deps);
  const compose = composeHandlers(deps);
  const system = systemHandlers(deps);
  const swarm = swarmHandlers(deps, { coalesceMs: options.coalesceMs });
  const router = createRouter(
    {
      ...engine.invokes,
      ...container.invokes,
      ...run.invokes,
      ...images.invokes,
      ...build.invokes,
      ...taskGroup.invokes,
      ...volumes.invokes,
      ...files.invokes,
      ...networks.invokes,
      ...compose.invokes,
      ...system.invokes,
      ...swarm.invokes,
    },
    {
      ...engine.streams,
      ...container.streams,
      ...run.streams,
      ...images.streams,
      ...build.streams,
      ...taskGroup.streams,
      ...volumes.streams,
      ...files.streams,
      ...networks.streams,
      ...compose.streams,
      ...system.streams,
      ...swarm.streams,
    },
  );

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
