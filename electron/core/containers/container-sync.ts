import type Docker from 'dockerode';
import type { ContainerSummary, ContainersChanged } from '../../../shared/contract/containers.js';
import type { EngineEvent } from '../../../shared/contract/engine.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { DisposableStore, type Disposable } from '../rpc/disposable.js';
import { Emitter } from '../rpc/emitter.js';
import { ChangeBatch } from './change-batch.js';
import { ContainerFacts } from './container-facts.js';
import { toContainerSummary } from './container-mapper.js';
import { SharedInspect } from './shared-inspect.js';

export interface ContainerSyncOptions {
  /** How long the first event of a burst waits for the rest (bounds event → UI latency). */
  readonly coalesceMs?: number;
  /** Above this many changed ids one full relist is cheaper than filtered lists. */
  readonly relistThreshold?: number;
}

/** Actions that do not change what the list shows; they must not cost an engine call. */
const RETRY_MS = 500;
const SETTLE_BASE_MS = 20;
const BURST_GAP_MS = 150;
const BURST_FACTOR = 4;
const BURST_MIN_IDS = 3;
const SETTLE_CHECKS = 7;

/**
 * The state an event says a container is in. dockerd logs die, pause and unpause before the list it
 * answers from shows them (seconds later on a busy engine), so the row takes the state from the event.
 */
type EventState = 'exited' | 'paused' | 'running';
const EVENT_STATES: Readonly<Record<string, EventState>> = {
  die: 'exited',
  pause: 'paused',
  unpause: 'running',
};
/** The list agrees with the event: a death is any state but running or paused. */
const agrees = (expected: EventState, listed: ContainerSummary['state']): boolean =>
  expected === 'exited' ? listed !== 'running' && listed !== 'paused' : listed === expected;
/** What a state's row says in the engine's own words, until the list says more. */
const statusFor = (current: ContainerSummary, state: EventState, exitCode: number | null): string => {
  if (state === 'exited')
    return exitCode === null
      ? 'Exited Less than a second ago'
      : `Exited (${String(exitCode)}) Less than a second ago`;
  const up = current.status.replace(/ \(Paused\)$/, '');
  return state === 'paused' ? `${up} (Paused)` : up;
};

const QUIET_ACTIONS =
  /^(exec_|top$|resize$|attach$|detach$|archive-path$|extract-to-dir$|export$|commit$|copy$)/;

/** When the status was read is no change: the older reading of the same text stays right. */
const sameSummary = (a: ContainerSummary | undefined, b: ContainerSummary): boolean =>
  a !== undefined && JSON.stringify({ ...a, statusAt: 0 }) === JSON.stringify({ ...b, statusAt: 0 });

/**
 * The backend's live model of all containers. Relisted in full on every (re)connect; after
 * that, kept fresh from engine events: each burst of events costs one list call filtered to
 * the ids that changed (proportional to the change, not to the number of containers).
 */
export class ContainerSync implements Disposable {
  private model = new Map<string, ContainerSummary>();
  private readonly dirty = new Set<string>();
  private readonly destroyed = new Set<string>();
  /** Containers whose list may still disagree with their last event: id → re-checks done. */
  private readonly settling = new Map<string, number>();
  /**
   * Shown in the state their last event says (die, pause, unpause), ahead of the engine's list: a
   * list that still says otherwise is not shown until it agrees or another event comes.
   */
  private readonly fromEvent = new Map<string, EventState>();
  private settleTimer: NodeJS.Timeout | undefined;
  private readonly toSettle = new Set<string>();
  private flushTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | null = null;
  private lastFlushAt = 0;
  private lastFlushSize = 0;
  /** Bumped by every full relist; a flush that started under an older epoch drops its result. */
  private epoch = 0;
  /**
   * Containers with events while a full relist is in flight: its answer may predate them (and
   * replaces whatever a flush applied meanwhile), so they are listed again after it.
   */
  private changedDuringRelist: Set<string> | null = null;
  private disposed = false;
  private readonly changes = new Emitter<ContainersChanged>();
  private readonly batch = new ChangeBatch((change) => {
    this.changes.fire(change);
  });
  private readonly subscriptions = new DisposableStore();
  private readonly coalesceMs: number;
  private readonly relistThreshold: number;
  private readonly facts = new ContainerFacts();
  private readonly inspects: SharedInspect;

  constructor(
    private readonly connection: EngineConnection,
    options: ContainerSyncOptions = {},
  ) {
    this.coalesceMs = options.coalesceMs ?? 15;
    this.relistThreshold = options.relistThreshold ?? 100;
    this.inspects = new SharedInspect(connection);
    this.subscriptions.add(connection.onConnect((client, signal) => this.relist(client, signal)));
    this.subscriptions.add(connection.onEvent((event) => this.onEngineEvent(event)));
  }

  list(): ContainerSummary[] {
    return [...this.model.values()];
  }

  get(id: string): ContainerSummary | undefined {
    return this.model.get(id);
  }

  /**
   * The container since its latest event, read once for every reader of that event (the list's facts
   * and the alert monitor both read a death). Rejects as the engine call does.
   */
  inspect(id: string): ReturnType<SharedInspect['inspect']> {
    return this.inspects.inspect(id);
  }

  /**
   * Look again at containers an action touched: the engine's events already say what changed,
   * this only makes the acting client's view converge even if an event went missing.
   */
  touch(refs: readonly string[]): void {
    for (const ref of refs) if (this.model.has(ref)) this.dirty.add(ref);
    if (this.dirty.size > 0) this.scheduleFlush();
  }

  onChange(listener: (change: ContainersChanged) => void): Disposable {
    return this.changes.on(listener);
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.flushTimer);
    clearTimeout(this.settleTimer);
    this.batch.dispose();
    this.subscriptions.dispose();
    this.changes.dispose();
  }

  private emit(change: ContainersChanged): void {
    this.batch.add(change);
  }

  private async relist(client: Docker, signal: AbortSignal): Promise<void> {
    // Changes seen before this list are part of it; later ones are flushed after it, and a
    // flush still in flight from before it is stale.
    this.epoch++;
    this.dirty.clear();
    this.destroyed.clear();
    this.fromEvent.clear();
    this.inspects.clear();
    const changed = new Set<string>();
    this.changedDuringRelist = changed;
    let rows: Docker.ContainerInfo[];
    try {
      rows = await client.listContainers({
        all: true,
        abortSignal: AbortSignal.any([signal, AbortSignal.timeout(30_000)]),
      });
    } finally {
      if (this.changedDuringRelist === changed) this.changedDuringRelist = null;
    }
    const next = new Map<string, ContainerSummary>();
    for (const row of rows) next.set(row.Id, toContainerSummary(row));
    for (const [id, summary] of next) next.set(id, this.facts.apply(summary));
    this.model = next;
    this.emit({ reset: true, upserts: [...next.values()], removed: [] });
    this.facts.wantProblems(next.values());
    // The connection takes calls only once its connect hooks are done: read on the hook's client.
    this.readFacts((id) => this.inspects.inspect(id, client, signal), null);
    for (const id of changed) this.dirty.add(id);
    if (changed.size > 0) this.scheduleFlush();
  }

  /** Inspect answers arrive after the list: the rows they change are pushed again, without a list call. */
  private readFacts(
    inspect: (id: string) => ReturnType<SharedInspect['inspect']>,
    ids: readonly string[] | null,
  ): void {
    void this.facts.read(inspect, ids).then((read) => {
      if (this.disposed) return;
      const upserts: ContainerSummary[] = [];
      for (const id of read) {
        const current = this.model.get(id);
        if (!current) continue;
        const summary = this.facts.apply(current);
        if (!sameSummary(current, summary)) {
          this.model.set(id, summary);
          upserts.push(summary);
        }
      }
      this.emit({ reset: false, upserts, removed: [] });
    });
  }

  private onEngineEvent(event: EngineEvent): void {
    if (event.type !== 'container') return;
    // First: whoever reads this event's container after it must not get an answer from before it.
    this.inspects.note(event);
    if (QUIET_ACTIONS.test(event.action)) return;
    this.facts.note(event);
    this.changedDuringRelist?.add(event.id);
    if (event.action === 'destroy') {
      this.destroyed.add(event.id);
      this.dirty.delete(event.id);
      this.settling.delete(event.id);
      this.fromEvent.delete(event.id);
    } else {
      const state = EVENT_STATES[event.action];
      if (state) this.showFromEvent(event, state);
      // It runs again: what the list says next is the truth (kill, stop and the like change nothing here).
      else if (event.action === 'start' || event.action === 'restart') this.fromEvent.delete(event.id);
      this.dirty.add(event.id);
      this.destroyed.delete(event.id);
    }
    this.scheduleFlush();
  }

  /** The row takes the event's state at once; the list that follows fills in the rest. */
  private showFromEvent(event: EngineEvent, state: EventState): void {
    this.settling.set(event.id, 0);
    this.fromEvent.set(event.id, state);
    const current = this.model.get(event.id);
    if (!current || agrees(state, current.state)) return;
    const exitCode = state === 'exited' ? (event.exitCode ?? null) : (current.exitCode ?? null);
    const summary = this.facts.apply({
      ...current,
      state,
      status: statusFor(current, state, exitCode),
      statusAt: Date.now(),
      ...(state === 'exited' ? { health: null, exitCode } : {}),
    });
    this.model.set(event.id, summary);
    this.emit({ reset: false, upserts: [summary], removed: [] });
  }

  /**
   * A lone event waits only briefly (it bounds event → UI latency); while a burst is under way
   * (the last flush was recent and carried several containers) windows widen to save calls.
   */
  private window(): number {
    const bursting = Date.now() - this.lastFlushAt < BURST_GAP_MS && this.lastFlushSize >= BURST_MIN_IDS;
    return bursting ? this.coalesceMs * BURST_FACTOR : this.coalesceMs;
  }

  private scheduleFlush(delayMs = this.window()): void {
    if (this.flushTimer || this.flushing || this.disposed) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      const done = (retry: boolean): void => {
        this.flushing = null;
        this.lastFlushAt = Date.now();
        if (this.dirty.size > 0 || this.destroyed.size > 0)
          this.scheduleFlush(retry ? RETRY_MS : this.window());
      };
      this.flushing = this.flush().then(done, () => {
        done(true);
      });
    }, delayMs);
  }

  /**
   * dockerd logs die, pause and unpause before its list shows them, and nothing follows to say so;
   * a container whose list still disagrees with its last event is looked at again shortly.
   */
  private settle(summary: ContainerSummary): void {
    const checks = this.settling.get(summary.id);
    if (checks === undefined) return;
    const expected = this.fromEvent.get(summary.id);
    if (expected === undefined || agrees(expected, summary.state) || checks >= SETTLE_CHECKS) {
      this.settling.delete(summary.id);
      return;
    }
    this.settling.set(summary.id, checks + 1);
    // One timer for all of them, so a burst of deaths is re-checked in one call.
    this.toSettle.add(summary.id);
    this.settleTimer ??= setTimeout(
      () => {
        this.settleTimer = undefined;
        for (const id of this.toSettle) this.dirty.add(id);
        this.toSettle.clear();
        this.scheduleFlush();
      },
      SETTLE_BASE_MS * 2 ** checks,
    );
  }

  /** Resolves true when the list call failed and the ids were put back for a later try. */
  private async flush(): Promise<boolean> {
    if (this.disposed) return false;
    const epoch = this.epoch;
    const removed = [...this.destroyed].filter((id) => this.model.has(id));
    this.destroyed.clear();
    for (const id of removed) this.model.delete(id);
    const ids = [...this.dirty];
    this.dirty.clear();
    this.lastFlushSize = ids.length + removed.length;
    const upserts: ContainerSummary[] = [];
    if (ids.length > 0) {
      try {
        const full = ids.length > this.relistThreshold;
        this.readFacts((id) => this.inspects.inspect(id), ids);
        const rows = await this.connection.call((client, signal) =>
          client.listContainers(
            full
              ? { all: true, abortSignal: signal }
              : { all: true, filters: { id: ids }, abortSignal: signal },
          ),
        );
        // The model may have been replaced (relist) or dropped (dispose) while we waited. The
        // relist's own list may predate these changes: they are listed again.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
        if (this.disposed) return false;
        if (epoch !== this.epoch) {
          for (const id of ids) this.dirty.add(id);
          return false;
        }
        const seen = new Set<string>();
        for (const row of rows) {
          seen.add(row.Id);
          const summary = this.facts.apply(toContainerSummary(row));
          this.settle(summary);
          const expected = this.fromEvent.get(row.Id);
          if (expected !== undefined) {
            // The list is behind the event: keep the event's state shown until the list agrees.
            if (!agrees(expected, summary.state)) continue;
            this.fromEvent.delete(row.Id);
          }
          if (!sameSummary(this.model.get(row.Id), summary)) {
            this.model.set(row.Id, summary);
            upserts.push(summary);
          }
        }
        // Gone between the event and the list (or, after a full list, gone at all).
        for (const id of full ? [...this.model.keys()] : ids) {
          if (!seen.has(id) && this.model.delete(id)) removed.push(id);
        }
      } catch {
        // Slow or disconnected: try these ids again later; a reconnect's full relist supersedes them.
        for (const id of ids) this.dirty.add(id);
        this.emit({ reset: false, upserts, removed });
        return true;
      }
    }
    this.emit({ reset: false, upserts, removed });
    return false;
  }
}
