/**
 * Task container events the swarm manager has not reported yet, per service. The engine raises a
 * task container's `die` (or `start`) 0.2–1.3 s before the manager's running count moves
 * (measured, bench/swarm-bench.ts); counting the event at once shows the change that much sooner.
 *
 * The accounting keeps dies and starts apart: after a die and its replacement's start the count
 * shown is back where it was, and the manager's later −1 then +1 each consume their own event
 * instead of showing a dip the engine never had. A move of the manager's count consumes pending
 * events in its direction; a move with nothing to consume (its event not here yet, or a task on
 * another node) becomes a short-lived credit that the next event in that direction uses up, so an
 * event that arrives after the manager already counted it is not counted twice. Whatever is still
 * pending when the caller's re-checks end is dropped (`drop`): the manager has the last word.
 */

interface Pending {
  down: number;
  up: number;
  creditDown: number;
  creditUp: number;
  creditUntil: number;
}

export class ProvisionalRunning {
  private readonly byService = new Map<string, Pending>();

  constructor(
    /** How long a manager move that had no event to consume may still consume a late one. */
    private readonly creditMs = 2_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A task container of `id` started (+1) or died (−1). */
  event(id: string, move: 1 | -1): void {
    const p = this.entry(id);
    const credit = p.creditUntil > this.now();
    if (move < 0) {
      if (credit && p.creditDown > 0) p.creditDown--;
      else p.down++;
    } else if (credit && p.creditUp > 0) p.creditUp--;
    else p.up++;
    this.tidy(id, p);
  }

  /** The manager's running count for `id` moved from `before` to `after`. */
  reported(id: string, before: number, after: number): void {
    if (after === before) return;
    const p = this.entry(id);
    const k = Math.abs(after - before);
    const key = after < before ? 'down' : 'up';
    const consumed = Math.min(k, p[key]);
    p[key] -= consumed;
    if (k > consumed) {
      if (key === 'down') p.creditDown += k - consumed;
      else p.creditUp += k - consumed;
      p.creditUntil = this.now() + this.creditMs;
    }
    this.tidy(id, p);
  }

  /** The count to show: the manager's plus the events it has not reported yet (never below 0). */
  running(id: string, reported: number): number {
    const p = this.byService.get(id);
    return p ? Math.max(0, reported + p.up - p.down) : reported;
  }

  /** Whether events of `id` wait for the manager. */
  pending(id: string): boolean {
    const p = this.byService.get(id);
    return p !== undefined && p.up + p.down > 0;
  }

  /** The manager's report stands as it is (re-checks ended, the service went, or a relist). */
  drop(id: string): void {
    this.byService.delete(id);
  }

  clear(): void {
    this.byService.clear();
  }

  private entry(id: string): Pending {
    let p = this.byService.get(id);
    if (!p) {
      p = { down: 0, up: 0, creditDown: 0, creditUp: 0, creditUntil: 0 };
      this.byService.set(id, p);
    }
    return p;
  }

  private tidy(id: string, p: Pending): void {
    if (p.up + p.down === 0 && (p.creditUntil <= this.now() || p.creditDown + p.creditUp === 0)) {
      this.byService.delete(id);
    }
  }
}
