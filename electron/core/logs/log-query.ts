import type { z } from 'zod';
import type { logsRequest } from '../../../shared/contract/container-detail.js';
import type { LogsQuery } from './logs-engine.js';
import { splitAt, type HistorySplit } from './resume-cursor.js';

export type LogsRequest = z.output<typeof logsRequest>;

/** What the log explorer's spool asks of a follower beyond a view's request; the console passes none. */
export interface FollowOptions {
  /**
   * Read a whole history (tail 'all') of a stopped container without timestamps up to the
   * opening instant even though they are wanted: the spool takes its times from a second pass.
   */
  readonly untimedHistory?: boolean;
  /** The history's bound in the logs API's own form, instead of `until` (that second pass). */
  readonly until?: string | number;
  /** A body opens, before its first byte: its lines carry timestamps or not, up to `until`. */
  readonly onBody?: (timed: boolean, until: string | number | undefined) => void;
  /** The untimed history was read whole: its last line is handed on. */
  readonly onHistoryRead?: () => void;
}

/**
 * What to ask the engine for, body after body, for one logs subscription: the history asked
 * for first, then (after a body ended or broke) from the last delivered timestamp on.
 */
export class LogsQueryPlan {
  private readonly openedAt = Date.now();
  /** For a non-following request: where "now" was, so a running container's body ends there. */
  private readonly untilNow = (Date.now() / 1000).toFixed(3);
  /**
   * The whole history of a stopped container, shown without timestamps, is read up to now
   * without them (the engine serves it about 15 % faster); later bodies start after that
   * instant, with them. Null otherwise, or once that first part is read.
   */
  private split: HistorySplit | null;
  private bodies = 0;

  constructor(
    private readonly req: LogsRequest,
    private readonly options: FollowOptions = {},
  ) {
    this.split =
      req.tail === 'all' && (!req.timestamps || options.untimedHistory === true)
        ? splitAt(this.openedAt)
        : null;
  }

  /** Whether a body was opened before (what a reopen repeats is counted off, not shown). */
  get reopening(): boolean {
    return this.bodies > 0;
  }

  /** An untimed history is read part-way: it goes on whether or not the container runs. */
  get splitting(): boolean {
    return this.split !== null;
  }

  /**
   * The query of the next body. `running`: the container runs now; `resume`: the last delivered
   * timestamp (as a `since` parameter), null when nothing timed was delivered yet.
   */
  next(running: boolean, resume: string | null): LogsQuery {
    // A running container's log grows: reading on after the split instant would make the
    // engine scan the whole file for `since`. Only a stopped one's history is read untimed.
    if (this.bodies === 0 && running) this.split = null;
    const req = this.req;
    const since = req.since === undefined ? {} : { since: req.since };
    if (this.split) {
      // Again from the start after a cut: the cursor counts off what was shown.
      return { timestamps: false, tail: 'all', until: req.until ?? this.split.until, ...since };
    }
    const until = this.options.until ?? req.until ?? (req.follow ? undefined : this.untilNow);
    const base = until === undefined ? { timestamps: true } : { timestamps: true, until };
    const first = { ...base, tail: req.tail, ...since };
    if (this.bodies === 0) return first;
    if (resume !== null) return { ...base, tail: 'all', since: resume };
    // Nothing delivered yet: ask for the same history again, or (none wanted) for what came since opening.
    if (req.tail !== 0) return first;
    return { ...base, tail: 'all', since: Math.max(req.since ?? 0, Math.floor(this.openedAt / 1000)) };
  }

  /** A body was opened with the last query. */
  opened(): void {
    this.bodies++;
  }

  /**
   * A body ended by itself (not cut): an untimed first part is then read whole. Returns the
   * instant that part covered, from which timed bodies go on; null when there was none.
   */
  endedWhole(): string | null {
    const split = this.split;
    this.split = null;
    return split ? split.since : null;
  }
}
