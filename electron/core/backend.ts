import { randomUUID } from 'node:crypto';
import type { ServerMessage } from '../../shared/protocol/messages.js';
import { containerAction, removeContainers } from './containers/container-actions.js';
import { inspectContainer, topContainer } from './containers/container-inspect.js';
import { ContainerSync } from './containers/container-sync.js';
import { streamEngineEvents } from './engine-events/engine-events-stream.js';
import { EngineConnection, type EngineConnectionOptions } from './engine/engine-connection.js';
import { nodeResolveEnv, resolveEndpoint } from './engine/endpoint.js';
import { BerthError } from './errors/berth-error.js';
import { openExec } from './exec/exec-session.js';
import { streamLogs } from './logs/logs-stream.js';
import { DisposableStore, type Disposable } from './rpc/disposable.js';
import { EventHub } from './rpc/event-hub.js';
import { createRouter, type Router } from './rpc/router.js';
import { createSession, type Session } from './rpc/session.js';
import { StatsHub } from './stats/stats-hub.js';

/** What only the host (Electron main, web server) can do; the core asks for it by name. */
export interface HostCapabilities {
  /** Shows the full URL to the user and opens it; resolves false when the user declined. */
  readonly openExternal?: (url: URL) => Promise<boolean>;
}

export interface BackendOptions {
  readonly host?: HostCapabilities;
  readonly connection?: Partial<EngineConnectionOptions>;
  readonly coalesceMs?: number;
}

export interface Backend extends Disposable {
  readonly router: Router;
  readonly hub: EventHub;
  readonly connection: EngineConnection;
  readonly containers: ContainerSync;
  start(): void;
  /** A new client (window, WebSocket): its subscriptions die with it. */
  createSession(send: (message: ServerMessage) => void): Session;
  readonly sessionCount: number;
}

/** Only http(s) URLs with a host ever leave the app; everything else is refused here. */
export const parseExternalUrl = (raw: string): URL => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BerthError('VALIDATION', 'Not a valid URL.');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new BerthError('VALIDATION', 'Only http and https links can be opened.');
  }
  return url;
};

/** The composition root of the Electron-free backend, shared by the Electron shell and web mode. */
export const createBackend = (options: BackendOptions = {}): Backend => {
  const disposables = new DisposableStore();
  const hub = new EventHub();
  const connection = disposables.add(
    new EngineConnection({ resolve: () => resolveEndpoint(nodeResolveEnv()), ...options.connection }),
  );
  const containers = disposables.add(new ContainerSync(connection, { coalesceMs: options.coalesceMs }));
  // One engine stats stream per container, shared by every view that shows it.
  const stats = disposables.add(new StatsHub(connection));
  disposables.add(connection.onStatus((status) => hub.emit('engine.status', status)));
  disposables.add(containers.onChange((change) => hub.emit('containers.changed', change)));
  const sessions = new Set<Session>();

  const router = createRouter(
    {
      'engine.status': () => Promise.resolve(connection.status),
      'engine.retry': () => {
        connection.retryNow();
        return Promise.resolve(connection.status);
      },
      'containers.list': () => Promise.resolve(containers.list()),
      'containers.action': async (req) => {
        const outcomes = await containerAction(connection, req.action, req.refs);
        containers.touch(req.refs);
        return outcomes;
      },
      'containers.remove': async (req) => {
        const outcomes = await removeContainers(connection, req.refs, {
          volumes: req.volumes,
          force: req.force,
        });
        containers.touch(req.refs);
        return outcomes;
      },
      'containers.inspect': (req) => inspectContainer(connection, req.ref),
      'containers.top': (req) => topContainer(connection, req.ref),
      'shell.openExternal': async (req) => {
        const url = parseExternalUrl(req.url);
        const open = options.host?.openExternal;
        if (!open) throw new BerthError('UNSUPPORTED', 'This host opens links in the page itself.');
        return { opened: await open(url) };
      },
    },
    {
      'engine.events': (req, sink) => streamEngineEvents(connection, req.types, sink),
      'containers.logs': (req, sink) => streamLogs(connection, containers, req, sink),
      'containers.stats': (req, sink) => stats.subscribe(req.ref, sink),
      'containers.exec': (req, sink) => openExec(connection, req, sink),
    },
  );

  return {
    router,
    hub,
    connection,
    containers,
    start: () => {
      connection.start();
    },
    createSession(send) {
      const session = createSession({ clientId: randomUUID(), router, hub, send });
      sessions.add(session);
      return {
        receive: (raw) => {
          session.receive(raw);
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
