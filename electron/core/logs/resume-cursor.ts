import type { LogStream, MessageHandler } from './log-messages.js';

const FIXED_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/;

/** Nanoseconds since the epoch of an RFC3339(Nano) timestamp, or null if it is not one. */
export const timestampNanos = (ts: string): bigint | null => {
  const match = /^(.*?\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(ts);
  if (!match) return null;
  const ms = Date.parse(`${match[1] ?? ''}${match[3] ?? ''}`);
  if (Number.isNaN(ms)) return null;
  return BigInt(ms) * 1_000_000n + BigInt((match[2] ?? '').padEnd(9, '0'));
};

/** Orders two engine timestamps; the engine's own fixed-width UTC form compares as text. */
export const compareTimestamps = (a: string, b: string): number => {
  if (FIXED_UTC.test(a) && FIXED_UTC.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = timestampNanos(a) ?? 0n;
  const y = timestampNanos(b) ?? 0n;
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Nanoseconds since the epoch as the logs API's `since` and `until` take them ("1700000000.123456789"). */
export const nanosParam = (nanos: bigint): string =>
  `${nanos / 1_000_000_000n}.${String(nanos % 1_000_000_000n).padStart(9, '0')}`;

/** The logs API's `since` for a timestamp. */
export const sinceParam = (ts: string): string | null => {
  const nanos = timestampNanos(ts);
  return nanos === null ? null : nanosParam(nanos);
};

/**
 * Where a whole history is split: up to `until` it is read without timestamps, from `since` (the
 * next nanosecond) with them. The engine's bounds are inclusive, so no message is in both.
 */
export interface HistorySplit {
  readonly until: string;
  readonly since: string;
}

export const splitAt = (epochMs: number): HistorySplit => {
  const last = BigInt(Math.floor(epochMs)) * 1_000_000n + 999_999n;
  return { until: nanosParam(last), since: nanosParam(last + 1n) };
};

interface Position {
  readonly ts: string;
  /** Messages seen with this very timestamp (the parts of a long line share one). */
  readonly count: number;
  /** Content bytes delivered of the last of them, which may have been cut off mid-way. */
  readonly bytes: number;
}

interface Counted {
  /** Messages delivered. */
  readonly count: number;
  /** Content bytes delivered of the last of them. */
  readonly bytes: number;
}

/**
 * Remembers how far the log was delivered, so a reopened stream (`since` is inclusive, and
 * several messages can share a timestamp) skips exactly what was already shown: nothing twice,
 * nothing missing, even when the previous body was cut in the middle of a message.
 *
 * An untimed body (a bounded history read without timestamps, which the engine serves faster)
 * has no positions: its messages are counted instead, and a reopened body asks for exactly the
 * same history, so the first `count` of its messages are the ones already shown.
 */
export class ResumeCursor implements MessageHandler {
  private ts: string | null = null;
  private count = 0;
  private bytes = 0;
  private replay: (Position & { seen: number }) | null = null;
  private skip = 0;
  private untimed = false;
  private countedMessages = 0;
  private countedBytes = 0;
  private countReplay: (Counted & { seen: number }) | null = null;
  private floor: string | null = null;

  constructor(private readonly next: MessageHandler) {}

  /** Where to reopen from; null when nothing was delivered yet. */
  get since(): string | null {
    return this.ts === null ? this.floor : sinceParam(this.ts);
  }

  /** The next body's messages carry timestamps or not. */
  setTimed(timed: boolean): void {
    this.untimed = !timed;
  }

  /**
   * An untimed body ended complete at `until` (`since` form): later bodies start after it. No
   * message of the untimed part is repeated by them: the engine's bounds split at that instant.
   */
  closeUntimed(since: string): void {
    this.floor = since;
    this.countedMessages = 0;
    this.countedBytes = 0;
  }

  /** The next body repeats what was delivered: skip it. */
  startReplay(): void {
    this.replay = this.ts === null ? null : { ts: this.ts, count: this.count, bytes: this.bytes, seen: 0 };
    this.countReplay =
      this.countedMessages > 0 ? { count: this.countedMessages, bytes: this.countedBytes, seen: 0 } : null;
    this.skip = 0;
  }

  begin(stream: LogStream, ts: string | null): void {
    this.skip = 0;
    if (this.untimed && stream !== 'system') {
      this.beginCounted(stream);
      return;
    }
    if (ts === null) {
      this.next.begin(stream, ts);
      return;
    }
    const replay = this.replay;
    if (replay) {
      const order = compareTimestamps(ts, replay.ts);
      if (order < 0) {
        this.skip = Infinity;
        return;
      }
      if (order === 0) {
        replay.seen++;
        if (replay.seen < replay.count) {
          this.skip = Infinity;
          return;
        }
        if (replay.seen === replay.count) {
          // The last message delivered: go on after the bytes already shown, as its continuation.
          this.skip = replay.bytes;
          return;
        }
      } else this.replay = null;
    }
    if (ts === this.ts) this.count++;
    else {
      this.ts = ts;
      this.count = 1;
    }
    this.bytes = 0;
    this.next.begin(stream, ts);
  }

  content(stream: LogStream, bytes: Buffer): void {
    if (this.skip > 0) {
      if (bytes.length <= this.skip) {
        this.skip -= bytes.length;
        return;
      }
      bytes = bytes.subarray(this.skip);
      this.skip = 0;
    }
    if (this.untimed && stream !== 'system') this.countedBytes += bytes.length;
    else this.bytes += bytes.length;
    this.next.content(stream, bytes);
  }

  private beginCounted(stream: LogStream): void {
    const replay = this.countReplay;
    if (replay) {
      replay.seen++;
      if (replay.seen < replay.count) {
        this.skip = Infinity;
        return;
      }
      this.countReplay = null;
      if (replay.seen === replay.count) {
        // The last message delivered: go on after the bytes already shown, as its continuation.
        this.skip = replay.bytes;
        return;
      }
    }
    this.countedMessages++;
    this.countedBytes = 0;
    this.next.begin(stream, null);
  }
}
