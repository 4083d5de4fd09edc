import type { LogLineStream } from '../../../../shared/logs/explorer.js';
import type { LogSpool, UntimedRun } from './log-spool.js';
import { TimeParser } from './line-times.js';

/** Entries written to the side store at once. */
const BATCH = 8192;

export type TimesOutcome = { readonly ok: true } | { readonly ok: false; readonly read: number };

/**
 * The second, timed pass over a history the spool read untimed: the same bounded history, so the
 * same lines in the same order. Its k-th output line gives the time of the spool's k-th untimed
 * line; Berth's notes in between have none. Text arrives as the follower hands it on (per
 * stream, lines split anywhere), each line starting with its timestamp and a space.
 */
export class TimesPass {
  private readonly parser = new TimeParser();
  /** Per stream: the head of a line being collected up to its first space, or null inside a line. */
  private readonly head: Record<'stdout' | 'stderr', string | null> = { stdout: '', stderr: '' };
  private readonly current: Record<'stdout' | 'stderr', { sec: number; ns: number }> = {
    stdout: { sec: 0, ns: 0 },
    stderr: { sec: 0, ns: 0 },
  };
  private readonly runs: readonly UntimedRun[];
  private run = 0;
  /** The spool line the next timed line belongs to. */
  private next: number;
  private readonly entries = new Uint32Array(BATCH * 2);
  private batchFrom = -1;
  private batchCount = 0;
  /** Timed lines read so far. */
  read = 0;
  /** More lines than the untimed history had: the log changed in between. */
  overrun = false;

  constructor(private readonly spool: LogSpool) {
    this.runs = spool.untimedRuns.map((r) => ({ from: r.from, to: r.to }));
    this.next = this.runs[0]?.from ?? 0;
  }

  /** Lines the untimed history had (and this pass must have). */
  get expected(): number {
    let count = 0;
    for (const run of this.runs) count += run.to - run.from;
    return count;
  }

  push(stream: LogLineStream, text: string): void {
    if (stream === 'system' || this.overrun) return;
    let i = 0;
    while (i < text.length) {
      const head = this.head[stream];
      if (head === null) {
        const nl = text.indexOf('\n', i);
        if (nl < 0) return;
        this.line(this.current[stream]);
        this.head[stream] = '';
        i = nl + 1;
        continue;
      }
      const space = text.indexOf(' ', i);
      const nl = text.indexOf('\n', i);
      if (space < 0 && nl < 0) {
        this.head[stream] = head + text.slice(i);
        return;
      }
      const stop = space >= 0 && (nl < 0 || space < nl) ? space : nl;
      const time = this.parser.parse(head + text.slice(i, stop));
      this.current[stream] = time ?? { sec: 0, ns: 0 };
      this.head[stream] = null;
      // A line that is only a timestamp ends here; otherwise its text follows the space.
      i = stop === nl ? stop : stop + 1;
    }
  }

  /** The pass ended whole: whether it had exactly the untimed history's lines. */
  finish(): TimesOutcome {
    this.flush();
    return !this.overrun && this.read === this.expected ? { ok: true } : { ok: false, read: this.read };
  }

  private line(time: { sec: number; ns: number }): void {
    const run = this.runs[this.run];
    if (!run) {
      this.overrun = true;
      this.read++;
      return;
    }
    if (this.batchCount === BATCH || (this.batchCount > 0 && this.batchFrom + this.batchCount !== this.next))
      this.flush();
    if (this.batchCount === 0) this.batchFrom = this.next;
    this.entries[this.batchCount * 2] = time.sec;
    this.entries[this.batchCount * 2 + 1] = time.ns;
    this.batchCount++;
    this.read++;
    this.next++;
    if (this.next >= run.to) {
      this.run++;
      this.next = this.runs[this.run]?.from ?? this.next;
    }
  }

  private flush(): void {
    if (this.batchCount === 0) return;
    this.spool.setTimes(this.batchFrom, this.entries, this.batchCount);
    this.batchCount = 0;
  }
}
