import { homedir } from 'node:os';
import { join } from 'node:path';
import type {
  ContextStoreSnapshot,
  EngineCapabilities,
  EngineContainersChanged,
  EngineId,
  EngineObjectsChanged,
  EngineStatusChanged,
  EngineSummary,
} from '../../../shared/contract/channels/engines.js';
import { ContainerSync } from '../containers/container-sync.js';
import { EngineConnection, type EngineConnectionOptions } from '../engine/engine-connection.js';
import { engineInfo, engineVersion } from '../engine/docker-calls.js';
import { nodeResolveEnv, resolveEndpoint, type Endpoint, type ResolveEnv } from '../engine/endpoint.js';
import { BerthError } from '../errors/berth-error.js';
import { DisposableStore, toDisposable, type Disposable } from '../rpc/disposable.js';
import { Emitter } from '../rpc/emitter.js';
import { watchCliConfig } from './cli-config-watcher.js';
import { CliContextStore, cliConfigDir } from './cli-context-store.js';
import { engineClientFactory, type EngineClientOptions } from './engine-client.js';
import { apiTooOld, engineCapabilities, toInfoResponse } from './engine-capabilities.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** One engine Berth talks to: its own connection, event stream, reconnect and container model. */
export interface EngineScope extends Disposable {
  readonly id: EngineId;
  readonly label: string;
  readonly source: EngineSummary['source'];
  readonly context?: string;
  readonly connection: EngineConnection;
  readonly containers: ContainerSync;
  /** From the last successful connect; null until then. */
  readonly capabilities: () => EngineCapabilities | null;
  /**
   * This engine's instance of a feature's service (a stats hub, a disk-use cache…), made on first use and disposed
   * with the scope, so a removed context leaves nothing running. `key` names the service (one object per feature).
   */
  readonly attach: <T>(key: object, make: () => T) => T;
}

export interface EngineSetOptions {
  /** Everything resolution reads; the process's own by default. */
  readonly resolveEnv?: ResolveEnv;
  /** Podman sockets to offer besides the conventional ones (`BERTH_PODMAN_SOCKETS`, colon-separated, by default). */
  readonly podmanSockets?: readonly string[];
  readonly connection?: Partial<Omit<EngineConnectionOptions, 'resolve' | 'createClient'>>;
  readonly client?: EngineClientOptions;
  readonly coalesceMs?: number;
  /** Debounce of the CLI config watcher. */
  readonly watchDebounceMs?: number;
  /**
   * The backend's own connection to the engine the CLI names at launch: that engine's scope reuses it instead of
   * opening a second connection and event stream to the same engine. The set does not start or dispose it.
   */
  readonly primary?: { readonly connection: EngineConnection; readonly containers: ContainerSync };
}

/** Where Podman listens when it runs as a service: rootful, then the user's (systemd socket activation). */
export function podmanSocketCandidates(env: Readonly<Record<string, string | undefined>>): string[] {
  const extra = (env['BERTH_PODMAN_SOCKETS'] ?? '').split(':').filter(Boolean);
  const xdg = env['XDG_RUNTIME_DIR'];
  return [...extra, '/run/podman/podman.sock', ...(xdg ? [join(xdg, 'podman', 'podman.sock')] : [])];
}

const OBJECTS_COALESCE_MS = 50;
const OBJECT_KINDS: Partial<Record<string, EngineObjectsChanged['kind']>> = {
  image: 'images',
  volume: 'volumes',
  network: 'networks',
};

/** Memoizes one service per key in a scope; the ones that can be disposed go with the scope. */
function attacher(store: DisposableStore): EngineScope['attach'] {
  const made = new Map<object, unknown>();
  return <T>(key: object, make: () => T): T => {
    if (made.has(key)) return made.get(key) as T;
    const value = make();
    made.set(key, value);
    if (isDisposable(value)) store.add(value);
    return value;
  };
}

const isDisposable = (value: unknown): value is Disposable =>
  typeof value === 'object' && value !== null && typeof (value as Partial<Disposable>).dispose === 'function';

const slug = (path: string): string =>
  path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120) || 'socket';

/**
 * Creates and disposes one scope per engine: the default endpoint, every docker CLI context, and Podman sockets that
 * exist. Watches the CLI's config (no polling) so contexts created, changed or removed in a terminal, and
 * `docker context use`, are reflected while Berth runs. The set never merges lists: "all engines" is a view over the
 * per-engine scopes.
 */
export class EngineSet implements Disposable {
  private readonly scopes = new Map<EngineId, EngineScope & { readonly key: string }>();
  private readonly store: CliContextStore;
  private readonly env: ResolveEnv;
  private readonly statuses = new Emitter<EngineStatusChanged>();
  private readonly membership = new Emitter<readonly EngineSummary[]>();
  private readonly contextChanges = new Emitter<ContextStoreSnapshot>();
  private readonly containerChanges = new Emitter<EngineContainersChanged>();
  private readonly objectChanges = new Emitter<EngineObjectsChanged>();
  private watcher: (Disposable & { snapshot: () => ContextStoreSnapshot }) | undefined;
  private snapshot: ContextStoreSnapshot;
  private started = false;
  private disposed = false;

  constructor(private readonly options: EngineSetOptions = {}) {
    this.env = options.resolveEnv ?? nodeResolveEnv();
    this.store = new CliContextStore(cliConfigDir(this.env.env, this.env.homedir || homedir()));
    this.snapshot = this.store.list();
    this.primaryId = options.primary ? this.currentId() : undefined;
    this.reconcile();
  }

  private readonly primaryId: EngineId | undefined;

  get contexts(): CliContextStore {
    return this.store;
  }

  /** Starts every connection and the config watcher. */
  start(): void {
    if (this.started || this.disposed) return;
    this.started = true;
    this.watcher = watchCliConfig(this.store, (snapshot) => this.onStoreChanged(snapshot), {
      debounceMs: this.options.watchDebounceMs,
    });
    for (const scope of this.scopes.values()) if (scope.id !== this.primaryId) scope.connection.start();
  }

  get(id: string): EngineScope | undefined {
    return this.scopes.get(id);
  }

  /** A handler's way in: an unknown engine is NOT_FOUND, never a fallback to another engine. */
  require(id: string): EngineScope {
    const scope = this.scopes.get(id);
    if (!scope) throw new BerthError('NOT_FOUND', worded('contextMissing', { id }));
    return scope;
  }

  /**
   * The scope a request names, started if it was not (an action on an engine implies using the list); no engine
   * named: the backend's own (the engine the CLI named at launch). Unknown ids are NOT_FOUND.
   */
  scope(id: string | undefined): EngineScope {
    if (id === undefined) {
      if (this.primaryId === undefined) return this.require('default');
      // A launch context that no longer exists still has the backend's connection (which says what is wrong).
      return this.scopes.get(this.primaryId) ?? this.primaryFallback();
    }
    const scope = this.require(id);
    this.start();
    return scope;
  }

  /** The engines in use, in `list()` order; empty until started (an idle Berth reads only its own engine). */
  inUse(): EngineScope[] {
    return this.started ? [...this.scopes.values()] : [];
  }

  onObjects(listener: (change: EngineObjectsChanged) => void): Disposable {
    return this.objectChanges.on(listener);
  }

  private fallback: EngineScope | undefined;

  private primaryFallback(): EngineScope {
    const primary = this.options.primary;
    if (!primary || this.primaryId === undefined) return this.require('default');
    if (!this.fallback) {
      const attached = new DisposableStore();
      this.fallbackDisposables.add(attached);
      this.fallback = {
        id: this.primaryId,
        label: this.primaryId === 'default' ? 'default' : this.primaryId.slice('ctx:'.length),
        source: this.primaryId === 'default' ? 'default' : 'context',
        connection: primary.connection,
        containers: primary.containers,
        capabilities: () => null,
        attach: attacher(attached),
        dispose: () => attached.dispose(),
      };
    }
    return this.fallback;
  }

  private readonly fallbackDisposables = new DisposableStore();

  onContainers(listener: (change: EngineContainersChanged) => void): Disposable {
    return this.containerChanges.on(listener);
  }

  /** The engine the docker CLI would use now (DOCKER_HOST, DOCKER_CONTEXT, else currentContext). */
  currentId(): EngineId {
    const { env } = this.env;
    if (env['DOCKER_HOST']) return 'default';
    const name = env['DOCKER_CONTEXT'] || this.snapshot.current;
    return name && name !== 'default' ? `ctx:${name}` : 'default';
  }

  list(): EngineSummary[] {
    const current = this.currentId();
    return [...this.scopes.values()].map((scope) => ({
      id: scope.id,
      label: scope.label,
      source: scope.source,
      ...(scope.context !== undefined ? { context: scope.context } : {}),
      current: scope.id === current,
      status: scope.connection.status,
      capabilities: scope.capabilities(),
    }));
  }

  contextSnapshot(): ContextStoreSnapshot {
    return this.snapshot;
  }

  /** Re-read the store now (after Berth itself wrote it) instead of waiting for the watcher. */
  refresh(): ContextStoreSnapshot {
    this.onStoreChanged(this.store.list());
    return this.snapshot;
  }

  onStatus(listener: (change: EngineStatusChanged) => void): Disposable {
    return this.statuses.on(listener);
  }

  onEnginesChanged(listener: (engines: readonly EngineSummary[]) => void): Disposable {
    return this.membership.on(listener);
  }

  onContextsChanged(listener: (snapshot: ContextStoreSnapshot) => void): Disposable {
    return this.contextChanges.on(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.watcher?.dispose();
    for (const scope of this.scopes.values()) scope.dispose();
    this.scopes.clear();
    this.statuses.dispose();
    this.membership.dispose();
    this.contextChanges.dispose();
    this.containerChanges.dispose();
    this.objectChanges.dispose();
    this.fallbackDisposables.dispose();
  }

  private onStoreChanged(snapshot: ContextStoreSnapshot): void {
    if (this.disposed) return;
    const before = JSON.stringify(this.snapshot);
    const currentBefore = this.currentId();
    this.snapshot = snapshot;
    const membership = this.reconcile();
    if (JSON.stringify(snapshot) !== before) this.contextChanges.fire(snapshot);
    if (membership || this.currentId() !== currentBefore) this.membership.fire(this.list());
  }

  /** Makes the scopes match the store; true when one was added, removed or replaced. */
  private reconcile(): boolean {
    const wanted = new Map<EngineId, { key: string; make: () => EngineScope }>();
    wanted.set('default', {
      key: 'default',
      make: () => this.makeScope('default', 'default', 'default', undefined, { DOCKER_CONTEXT: 'default' }),
    });
    for (const context of this.snapshot.contexts) {
      const id: EngineId = `ctx:${context.name}`;
      wanted.set(id, {
        // A changed endpoint or TLS material means a new connection; a new description does not.
        key: JSON.stringify([context.host, context.skipTlsVerify, context.tls, context.error ?? '']),
        make: () =>
          this.makeScope(id, context.name, 'context', context.name, { DOCKER_CONTEXT: context.name }),
      });
    }
    const defaultUrl = this.safeResolve({ DOCKER_CONTEXT: 'default' })?.info.url;
    for (const path of podmanSocketCandidates(this.env.env)) {
      if (!this.env.exists(path) || defaultUrl === `unix://${path}`) continue;
      const id: EngineId = `podman:${slug(path)}`;
      wanted.set(id, {
        key: path,
        make: () =>
          this.makeScope(id, `Podman (${path})`, 'podman', undefined, { DOCKER_HOST: `unix://${path}` }),
      });
    }
    let changed = false;
    for (const [id, scope] of this.scopes) {
      const next = wanted.get(id);
      if (next && next.key === scope.key) continue;
      scope.dispose();
      this.scopes.delete(id);
      changed = true;
    }
    for (const [id, next] of wanted) {
      if (this.scopes.has(id)) continue;
      const scope = next.make();
      this.scopes.set(id, { ...scope, key: next.key });
      if (this.started && id !== this.primaryId) scope.connection.start();
      changed = true;
    }
    return changed;
  }

  private safeResolve(overrides: Record<string, string>): Endpoint | undefined {
    try {
      return this.resolve(overrides);
    } catch {
      return undefined;
    }
  }

  private resolve(overrides: Record<string, string>): Endpoint {
    const env = { ...this.env.env };
    // Each scope names its engine explicitly: the ambient DOCKER_HOST only belongs to the default one.
    if (!('DOCKER_HOST' in overrides) && overrides['DOCKER_CONTEXT'] !== 'default') delete env['DOCKER_HOST'];
    if ('DOCKER_HOST' in overrides) {
      delete env['DOCKER_TLS_VERIFY'];
      delete env['DOCKER_TLS'];
    }
    return resolveEndpoint({ ...this.env, env: { ...env, ...overrides } });
  }

  private makeScope(
    id: EngineId,
    label: string,
    source: EngineSummary['source'],
    context: string | undefined,
    overrides: Record<string, string>,
  ): EngineScope {
    const disposables = new DisposableStore();
    const clients = engineClientFactory({ env: this.env.env, ...this.options.client });
    let capabilities: EngineCapabilities | null = null;
    const primary = id === this.primaryId ? this.options.primary : undefined;
    const connection =
      primary?.connection ??
      disposables.add(
        new EngineConnection({
          ...this.options.connection,
          resolve: () => this.resolve(overrides),
          createClient: clients,
        }),
      );
    disposables.add(toDisposable(() => clients.dispose()));
    // Before the relist (for the set's own scopes): an engine too old for Berth is refused with both versions named.
    // The primary connection outlives the set; its hook must not.
    disposables.add(
      connection.onConnect(async (docker, signal) => {
        const [version, info] = await Promise.all([
          engineVersion(docker, signal),
          engineInfo(docker, signal),
        ]);
        const tooOld = apiTooOld(version);
        if (tooOld) throw new BerthError('UNSUPPORTED', tooOld);
        capabilities = engineCapabilities(version, toInfoResponse(info));
      }),
    );
    const containers =
      primary?.containers ??
      disposables.add(new ContainerSync(connection, { coalesceMs: this.options.coalesceMs }));
    // Named deltas for the merged view; the primary's also go out as containers.changed, so only once in use.
    disposables.add(
      containers.onChange((change) => {
        if (this.started) this.containerChanges.fire({ engine: id, change });
      }),
    );
    disposables.add(
      connection.onStatus((status) => this.statuses.fire({ engine: id, status, capabilities })),
    );
    // Image, volume and network events, coalesced per kind, so "All engines" views refetch only that engine's slice.
    const pending = new Set<EngineObjectsChanged['kind']>();
    let flush: ReturnType<typeof setTimeout> | undefined;
    disposables.add(toDisposable(() => clearTimeout(flush)));
    disposables.add(
      connection.onEvent((event) => {
        const kind = OBJECT_KINDS[event.type];
        if (!kind || !this.started) return;
        pending.add(kind);
        flush ??= setTimeout(() => {
          flush = undefined;
          for (const k of pending) this.objectChanges.fire({ engine: id, kind: k });
          pending.clear();
        }, this.options.coalesceMs ?? OBJECTS_COALESCE_MS);
      }),
    );
    const attached = disposables.add(new DisposableStore());
    return {
      id,
      label,
      source,
      ...(context !== undefined ? { context } : {}),
      connection,
      containers,
      capabilities: () => capabilities,
      attach: attacher(attached),
      dispose: () => disposables.dispose(),
    };
  }
}
