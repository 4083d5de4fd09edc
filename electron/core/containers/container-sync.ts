import type Docker from 'dockerode';
import type { ContainerSummary, ContainersChanged } from '../../../shared/contract/containers.js';
import type { EngineEvent } from '../../../shared/contract/engine.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { DisposableStore, type Disposable } from '../rpc/disposable.js';
import { Emitter } from '../rpc/emitter.js';
import { toContainerSummary } from './container-mapper.js';

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
  /** Containers that died but may still list as running: id → re-checks done. */
  private readonly settling = new Map<string, number>();
  private settleTimer: NodeJS.Timeout | undefined;
  private readonly toSettle = new Set<string>();
  private flushTimer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | null = null;
  private lastFlushAt = 0;
  private lastFlushSize = 0;
  /** Bumped by every full relist; a flush that started under an older epoch drops its result. */
  private epoch = 0;
  private disposed = false;
  private readonly changes = new Emitter<ContainersChanged>();
  private readonly subscriptions = new DisposableStore();
  private readonly coalesceMs: number;
  private readonly relistThreshold: number;

  constructor(
    private readonly connection: EngineConnection,
    options: ContainerSyncOptions = {},
  ) {
    this.coalesceMs = options.coalesceMs ?? 15;
    this.relistThreshold = options.relistThreshold ?? 100;
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
    this.subscriptions.dispose();
    this.changes.dispose();
  }

  private emit(change: ContainersChanged): void {
    if (!change.reset && change.upserts.length === 0 && change.removed.length === 0) return;
    this.changes.fire(change);
  }

  private async relist(client: Docker, signal: AbortSignal): Promise<void> {
    // Changes seen before this list are part of it; later ones are flushed after it, and a
    // flush still in flight from before it is stale.
    this.epoch++;
    this.dirty.clear();
    this.destroyed.clear();
    const rows = await client.listContainers({
      all: true,
      abortSignal: AbortSignal.any([signal, AbortSignal.timeout(30_000)]),
    });
    const next = new Map<string, ContainerSummary>();
    for (const row of rows) next.set(row.Id, toContainerSummary(row));
    this.model = next;
    this.emit({ reset: true, upserts: [...next.values()], removed: [] });
  }

  private onEngineEvent(event: EngineEvent): void {
    if (event.type !== 'container' || QUIET_ACTIONS.test(event.action)) return;
    if (event.action === 'destroy') {
      this.destroyed.add(event.id);
      this.dirty.delete(event.id);
      this.settling.delete(event.id);
    } else {
      if (event.action === 'die') this.settling.set(event.id, 0);
      this.dirty.add(event.id);
      this.destroyed.delete(event.id);
    }
    this.scheduleFlush();
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
   * dockerd emits "die" before it records the container as stopped, and nothing follows to
   * say so; a container that still lists as running (or paused) after "die" is looked at again shortly.
   */
  private settle(summary: ContainerSummary): void {
    const checks = this.settling.get(summary.id);
    if (checks === undefined) return;
    if ((summary.state !== 'running' && summary.state !== 'paused') || checks >= SETTLE_CHECKS) {
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
        const rows = await this.connection.call((client, signal) =>
          client.listContainers(
            full
              ? { all: true, abortSignal: signal }
              : { all: true, filters: { id: ids }, abortSignal: signal },
          ),
        );
        // The model may have been replaced (relist) or dropped (dispose) while we waited.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
        if (epoch !== this.epoch || this.disposed) return false;
        const seen = new Set<string>();
        for (const row of rows) {
          seen.add(row.Id);
          const summary = toContainerSummary(row);
          this.settle(summary);
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
