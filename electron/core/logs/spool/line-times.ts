import { timestampNanos } from '../resume-cursor.js';

/**
 * The side store of a history read without timestamps (the engine serves it about 15 % faster):
 * per segment a file of fixed-width entries, one per line of the segment, filled by a second,
 * timed pass. An entry is two little-endian uint32: epoch seconds and nanoseconds; seconds 0 is
 * "no time" (a note of Berth's, or not filled). 8 bytes a line: 8 MB for a million lines.
 */
export const TIME_BYTES = 8;

/** A line's time as the side store keeps it. */
export interface LineTime {
  readonly sec: number;
  readonly ns: number;
}

const FIXED_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/;

/**
 * Parses engine timestamps, fast for the engine's own fixed-width UTC form (the seconds part
 * changes rarely from line to line, so its Date.parse is cached); other RFC 3339 forms are
 * parsed in full. Null when the text is not a timestamp.
 */
export class TimeParser {
  private lastHead = '';
  private lastSec = 0;

  parse(ts: string): LineTime | null {
    if (ts.length === 30 && FIXED_UTC.test(ts)) {
      const head = ts.slice(0, 19);
      if (head !== this.lastHead) {
        this.lastHead = head;
        this.lastSec = Date.parse(`${head}Z`) / 1000;
      }
      return { sec: this.lastSec, ns: Number(ts.slice(20, 29)) };
    }
    const nanos = timestampNanos(ts);
    if (nanos === null || nanos < 1_000_000_000n) return null;
    return { sec: Number(nanos / 1_000_000_000n), ns: Number(nanos % 1_000_000_000n) };
  }
}

/** The engine's form back (RFC 3339, nine fraction digits, UTC): what `docker logs -t` prints. */
export class TimeFormatter {
  private lastSec = -1;
  private lastHead = '';

  format(sec: number, ns: number): string {
    if (sec !== this.lastSec) {
      this.lastSec = sec;
      this.lastHead = new Date(sec * 1000).toISOString().slice(0, 19);
    }
    return `${this.lastHead}.${String(ns).padStart(9, '0')}Z`;
  }
}

/** Epoch milliseconds of an entry; NaN for "no time". */
export const entryMs = (sec: number, ns: number): number =>
  // Whole milliseconds, as Date.parse gives for a time stored inline.
  sec === 0 ? Number.NaN : sec * 1000 + Math.floor(ns / 1e6);
