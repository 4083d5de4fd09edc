import type { EngineEvent } from '../../../shared/contract/engine.js';
import type {
  ServiceSummary,
  ServicesChanged,
  SwarmChanged,
  SwarmState,
} from '../../../shared/swarm/swarm-types.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { statusCodeOf } from '../errors/docker-errors.js';
import { toDisposable, type Disposable } from '../rpc/disposable.js';
import { filtersQuery, hookCaller, swarmDial, type EngineCaller } from './swarm-api.js';
import { ProvisionalRunning } from './provisional-running.js';
import { toServiceSummary, type RawService } from './swarm-raw.js';
import { assertManager, readSwarmState } from './swarm-state.js';

export interface ServiceSyncOptions {
  readonly coalesceMs?: number;
  /** First and largest delay of the settling re-checks (see `settle`). */
  readonly settleMinMs?: number;
  readonly settleMaxMs?: number;
  /** Re-checks that find nothing new before a settling service is left to events alone. */
  readonly settleQuietChecks?: number;
  /**
   * Re-checks, at the first delay without doubling, of a service whose task container died or
   * started while the manager still reports the old state: the manager lags the container by
   * 0.2–1.3 s (measured, bench/swarm-bench.ts), and a doubling backoff would land up to twice
   * that late.
   */
  readonly lagChecks?: number;
}

const SWARM_KINDS = new Set(['node', 'secret', 'config']);
/** A task container's lifecycle: what moves a service's running count (exec, top… do not). */
const TASK_LIFECYCLE = new Set(['start', 'die', 'kill', 'stop', 'oom', 'destroy']);
/** The two of them that move it, and which way: a task container runs from `start` to `die`. */
const TASK_MOVES: Readonly<Record<string, 1 | -1>> = { start: 1, die: -1 };
const IN_FLUX_UPDATE = new Set(['updating', 'rollback_started']);

const inFlux = (s: ServiceSummary): boolean =>
  s.running !== s.desired || (s.updateStatus !== null && IN_FLUX_UPDATE.has(s.updateStatus.state));

const sameSummary = (a: ServiceSummary, b: ServiceSummary): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The backend's model of the swarm's services, kept by engine events like ContainerSync: a
 * relist on every (re)connect, then each burst of `service` events (and `container` events of
 * swarm tasks, which move the running count) costs one `/services` call filtered to the ids that
 * changed. A task that is rejected or pending never starts a container, so it raises no event:
 * a service whose running count differs from what it wants is re-checked on a backoff until it
 * settles or stays the same for a few checks, then left to events again.
 *
 * A task container's `die` or `start` moves the running count shown at once, before the manager
 * reports it (`ProvisionalRunning`); the summary says so (`reportedRunning`) until the manager's
 * report catches up, or the re-checks end and the manager's figure is shown as it is.
 */
export class ServiceSync implements Disposable {
  /** The manager's own reports; what is shown adds `provisional` (see `shown`). */
  private model = new Map<string, ServiceSummary>();
  private readonly provisional = new ProvisionalRunning();
  /** Services whose shown count an event moved, pushed together on the next turn. */
  private moved = new Set<string>();
  private movedTimer: ReturnType<typeof setTimeout> | undefined;
  private manager = false;
  private ready = false;
  private pending = new Set<string>();
  private tasksPending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Services being re-checked: `lag` while a task container's event has not yet shown in the
   * manager's task states (the engine knows a container died before the swarm agent reports it).
   */
  private readonly settling = new Map<
    string,
    { delay: number; quiet: number; lag: boolean; timer: ReturnType<typeof setTimeout> }
  >();
  private lagging = new Set<string>();
  /** The swarm state read by the last relist. */
  private state: SwarmState | null = null;
  private readonly changeListeners = new Set<(change: ServicesChanged) => void>();
  private readonly swarmListeners = new Set<(change: SwarmChanged) => void>();
  private readonly events: Disposable;
  private generation = 0;
  private readonly coalesceMs: number;
  private readonly settleMinMs: number;
  private readonly settleMaxMs: number;
  private readonly settleQuiet: number;
  private readonly lagChecks: number;

  constructor(
    private readonly connection: EngineConnection,
    options: ServiceSyncOptions = {},
  ) {
    this.coalesceMs = options.coalesceMs ?? 50;
    this.settleMinMs = options.settleMinMs ?? 50;
    this.settleMaxMs = options.settleMaxMs ?? 5_000;
    this.settleQuiet = options.settleQuietChecks ?? 6;
    this.lagChecks = options.lagChecks ?? 40;
    connection.onConnect(async (client, signal) => {
      await this.relist(hookCaller(client, signal)).catch((err: unknown) => {
        console.warn('berth: could not list swarm services', err);
      });
    });
    this.events = connection.onEvent((event) => {
      this.onEngineEvent(event);
    });
  }

  onChange(listener: (change: ServicesChanged) => void): Disposable {
    this.changeListeners.add(listener);
    return toDisposable(() => this.changeListeners.delete(listener));
  }

  onSwarmChange(listener: (change: SwarmChanged) => void): Disposable {
    this.swarmListeners.add(listener);
    return toDisposable(() => this.swarmListeners.delete(listener));
  }

  get isManager(): boolean {
    return this.manager;
  }

  /**
   * The model's services, without an engine call once the model is ready; refused with the same
   * sentence as other manager-only calls when the engine is not a manager.
   */
  async list(): Promise<ServiceSummary[]> {
    if (!this.ready || !this.state) await this.relist();
    if (this.state) assertManager(this.state);
    return [...this.model.keys()]
      .map((id) => this.shown(id))
      .filter((s): s is ServiceSummary => s !== undefined)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get(id: string): ServiceSummary | undefined {
    const found = this.model.get(id) ?? [...this.model.values()].find((s) => s.name === id);
    return found && this.shown(found.id);
  }

  /** After Berth itself changed swarm membership (init/leave raise no engine event). */
  async relist(caller: EngineCaller = this.connection): Promise<void> {
    const generation = ++this.generation;
    const state = await readSwarmState(caller);
    let services: RawService[] = [];
    if (state.isManager) {
      services = await caller.call((client, signal) =>
        swarmDial<RawService[]>(
          client,
          { path: '/services', method: 'GET', query: { status: true } },
          signal,
        ),
      );
    }
    if (generation !== this.generation) return;
    const wasManager = this.manager;
    this.state = state;
    this.manager = state.isManager;
    this.model = new Map(services.map((raw) => [raw.ID, toServiceSummary(raw)]));
    this.provisional.clear();
    this.ready = true;
    for (const s of this.model.values()) if (inFlux(s)) this.settle(s.id, true);
    this.emit({ upserted: [...this.model.values()], removed: [], tasksChanged: [], reset: true });
    if (wasManager !== this.manager) this.emitSwarm({ kinds: ['swarm', 'node', 'secret', 'config'] });
  }

  /** Refreshes one service now (after Berth changed it), returning what the model holds. */
  async refresh(id: string): Promise<ServiceSummary | undefined> {
    await this.fetch([id], [id]).catch((err: unknown) => {
      this.letGo([id]);
      throw err;
    });
    return this.get(id);
  }

  dispose(): void {
    this.events.dispose();
    clearTimeout(this.timer);
    clearTimeout(this.movedTimer);
    for (const s of this.settling.values()) clearTimeout(s.timer);
    this.settling.clear();
    this.changeListeners.clear();
    this.swarmListeners.clear();
  }

  private onEngineEvent(event: EngineEvent): void {
    if (event.type === 'service') {
      this.pending.add(event.id);
      this.tasksPending.add(event.id);
    } else if (event.type === 'container' && event.swarmService) {
      if (!TASK_LIFECYCLE.has(event.action)) return;
      const move = TASK_MOVES[event.action];
      if (move !== undefined) this.countEvent(event.swarmService, move);
      this.pending.add(event.swarmService);
      this.tasksPending.add(event.swarmService);
      this.lagging.add(event.swarmService);
    } else if (SWARM_KINDS.has(event.type)) {
      this.emitSwarm({ kinds: [event.type as 'node' | 'secret' | 'config'] });
      // Draining or pausing a node moves tasks; their container events follow.
      return;
    } else {
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const ids = [...this.pending];
      const tasks = [...this.tasksPending];
      const lagging = this.lagging;
      this.pending = new Set();
      this.tasksPending = new Set();
      this.lagging = new Set();
      this.fetchOrLetGo(ids, tasks, lagging);
    }, this.coalesceMs);
  }

  /**
   * A refresh from an event or a re-check. When it cannot be made (the call failed, the engine is
   * reconnecting, the swarm was left), what events moved is shown no longer: without the manager's
   * report nothing would ever consume it, and a count the engine never had would stand.
   */
  private fetchOrLetGo(
    ids: readonly string[],
    tasksChanged: readonly string[],
    lagging: ReadonlySet<string> = new Set(),
  ): void {
    this.fetch(ids, tasksChanged, lagging).then(
      (made) => {
        if (!made) this.letGo(ids);
      },
      (err: unknown) => {
        console.warn('berth: could not refresh swarm services', err);
        this.letGo(ids);
      },
    );
  }

  /**
   * The manager's last report stands for `ids`. A re-check that failed is not asked again (a
   * reconnect relists); re-checks already due for other reasons go on.
   */
  private letGo(ids: readonly string[]): void {
    const upserted: ServiceSummary[] = [];
    for (const id of ids) {
      if (!this.provisional.pending(id)) continue;
      this.provisional.drop(id);
      const reported = this.model.get(id);
      if (reported) upserted.push(reported);
    }
    if (upserted.length > 0) this.emit({ upserted, removed: [], tasksChanged: [], reset: false });
  }

  /** Whether the refresh was made (false: nothing to ask, or not a connected manager). */
  private async fetch(
    ids: readonly string[],
    tasksChanged: readonly string[],
    lagging: ReadonlySet<string> = new Set(),
  ): Promise<boolean> {
    // Task containers keep raising events after the swarm is left; there is nothing to refresh.
    if (ids.length === 0 || !this.manager || this.connection.status.state !== 'connected') return false;
    const generation = this.generation;
    let raws: RawService[];
    try {
      raws = await this.connection.call((client, signal) =>
        swarmDial<RawService[]>(
          client,
          { path: '/services', method: 'GET', query: { status: true, filters: filtersQuery({ id: ids }) } },
          signal,
        ),
      );
    } catch (err) {
      // 503 "not a swarm manager": the swarm was left or demoted outside Berth; say so by relisting.
      if (statusCodeOf(err) === 503) {
        await this.relist();
        return true;
      }
      throw err;
    }
    // A relist since replaced the model (and cleared what was provisional).
    if (generation !== this.generation) return true;
    const wanted = new Set(ids);
    const upserted: ServiceSummary[] = [];
    const removed: string[] = [];
    const seen = new Set<string>();
    for (const raw of raws) {
      // The id filter matches prefixes; only the ids asked about count.
      if (!wanted.has(raw.ID)) continue;
      seen.add(raw.ID);
      const next = toServiceSummary(raw);
      const before = this.model.get(raw.ID);
      const shownBefore = this.shown(raw.ID);
      if (before) this.provisional.reported(raw.ID, before.running, next.running);
      this.model.set(raw.ID, next);
      // May drop what is provisional, so what is shown is read after it.
      this.settle(raw.ID, !before || !sameSummary(before, next), lagging.has(raw.ID));
      const shownNow = this.shown(raw.ID);
      if (shownNow && (!shownBefore || !sameSummary(shownBefore, shownNow))) upserted.push(shownNow);
    }
    for (const id of ids) {
      if (seen.has(id) || !this.model.has(id)) continue;
      this.model.delete(id);
      this.provisional.drop(id);
      removed.push(id);
      this.unsettle(id);
    }
    if (upserted.length + removed.length + tasksChanged.length > 0) {
      this.emit({ upserted, removed, tasksChanged: [...tasksChanged], reset: false });
    }
    return true;
  }

  /**
   * Schedules (or ends) the backoff re-check of a service that has not converged, or whose task
   * container changed while its summary has not yet: 50 ms, then doubling, until something
   * changes or a few checks in a row find nothing new.
   */
  private settle(id: string, changed: boolean, lagHint = false): void {
    const service = this.model.get(id);
    const current = this.settling.get(id);
    // Events the manager has not reported keep the steady re-checks going until it does.
    const lag = this.provisional.pending(id) || (!changed && (lagHint || (current?.lag ?? false)));
    if (!service || (!inFlux(service) && !lag)) {
      this.provisional.drop(id);
      this.unsettle(id);
      return;
    }
    const quiet = changed ? 0 : (current?.quiet ?? 0) + 1;
    if (quiet >= (lag ? this.lagChecks : this.settleQuiet)) {
      // Nothing new for a while: the manager never counted those events (a task that died before
      // it ran, a die it had already reported); its figure stands.
      this.provisional.drop(id);
      this.unsettle(id);
      return;
    }
    const delay =
      changed || !current || lag ? this.settleMinMs : Math.min(current.delay * 2, this.settleMaxMs);
    if (current) clearTimeout(current.timer);
    const timer = setTimeout(() => {
      this.fetchOrLetGo([id], [id]);
    }, delay);
    this.settling.set(id, { delay, quiet, lag, timer });
  }

  /** The summary to show: the manager's report, moved by the task container events it lacks. */
  private shown(id: string): ServiceSummary | undefined {
    const reported = this.model.get(id);
    if (!reported || !this.provisional.pending(id)) return reported;
    const running = this.provisional.running(id, reported.running);
    return running === reported.running
      ? reported
      : { ...reported, running, reportedRunning: reported.running };
  }

  /** A task container started or died: show it now, pushed on the next turn with any others. */
  private countEvent(id: string, move: 1 | -1): void {
    // Before the service is known (or off a manager) the relist or fetch brings the figure.
    if (!this.manager || !this.ready || !this.model.has(id)) return;
    this.provisional.event(id, move);
    this.moved.add(id);
    this.movedTimer ??= setTimeout(() => {
      this.movedTimer = undefined;
      const upserted = [...this.moved]
        .map((movedId) => this.shown(movedId))
        .filter((s): s is ServiceSummary => s !== undefined);
      this.moved = new Set();
      if (upserted.length > 0) this.emit({ upserted, removed: [], tasksChanged: [], reset: false });
    }, 0);
  }

  private unsettle(id: string): void {
    const current = this.settling.get(id);
    if (!current) return;
    clearTimeout(current.timer);
    this.settling.delete(id);
  }

  private emit(change: ServicesChanged): void {
    for (const l of this.changeListeners) l(change);
  }

  private emitSwarm(change: SwarmChanged): void {
    for (const l of this.swarmListeners) l(change);
  }
}
