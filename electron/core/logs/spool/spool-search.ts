import type { SearchProgress, SearchQuery } from '../../../../shared/logs/explorer.js';
import type { LogSpool } from './log-spool.js';
import { lineMatcher } from './line-matcher.js';
import { MatchList, MatchRows } from './match-list.js';

/** Bytes searched between two turns of the event loop: other calls and streams go on meanwhile. */
const STEP_BYTES = 512 * 1024;
/** Progress at most this often, besides the first match and catching up. */
const PROGRESS_MS = 100;

const yieldTurn = (): Promise<void> =>
  new Promise((resolve) => {
    setImmediate(resolve);
  });

/**
 * One search over a spool: runs in steps (yielding between them, so a regex over a million lines
 * never holds the event loop for long), then goes on over new lines as the spool grows, until
 * disposed (the client closed its stream: that is the cancel).
 */
export class SpoolSearch {
  readonly matches = new MatchList();
  private readonly test: (n: number, stored: string) => boolean;
  private scanned: number;
  private running = false;
  private disposed = false;
  private lastPush = 0;
  private rows: MatchRows | null = null;

  constructor(
    readonly id: string,
    private readonly spool: LogSpool,
    query: SearchQuery,
    private readonly push: (progress: SearchProgress) => void,
  ) {
    this.test = lineMatcher(query, (n, stored) => spool.lineTime(n, stored));
    this.scanned = spool.first;
  }

  get progress(): SearchProgress {
    return {
      search: this.id,
      scanned: this.scanned,
      total: this.spool.total,
      matches: this.matches.length - this.matches.lowerBound(this.spool.first),
      firstMatch: this.firstHeld(),
      caughtUp: this.scanned >= this.spool.total,
    };
  }

  /** Starts, or goes on after the spool grew. */
  wake(): void {
    if (this.running || this.disposed) return;
    this.running = true;
    void this.run();
  }

  dispose(): void {
    this.disposed = true;
  }

  /** Rows of "only matching lines" with this much context, up to date. */
  view(context: number): MatchRows {
    const first = this.spool.first;
    if (this.rows?.context !== context || this.rows.first !== first)
      this.rows = new MatchRows(context, first);
    this.rows.update(this.matches, this.spool.total - 1);
    return this.rows;
  }

  private firstHeld(): number | null {
    const index = this.matches.lowerBound(this.spool.first);
    return index < this.matches.length ? this.matches.at(index) : null;
  }

  private async run(): Promise<void> {
    let found = this.matches.length;
    while (!this.disposed && this.scanned < this.spool.total) {
      this.scanned = this.spool.scan(this.scanned, STEP_BYTES, (n, stored) => {
        if (this.test(n, stored)) this.matches.push(n);
        return true;
      });
      const now = Date.now();
      const firstFound = found === 0 && this.matches.length > 0;
      found = this.matches.length;
      if (firstFound || now - this.lastPush >= PROGRESS_MS || this.scanned >= this.spool.total) {
        this.lastPush = now;
        this.push(this.progress);
      }
      await yieldTurn();
    }
    this.running = false;
    // Lines may have come while the last step ran.
    if (!this.disposed && this.scanned < this.spool.total) this.wake();
  }
}
