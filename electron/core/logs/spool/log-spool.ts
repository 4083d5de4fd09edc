import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { LogLineStream } from '../../../../shared/logs/explorer.js';
import { BerthError } from '../../errors/berth-error.js';
import { worded, type Worded } from '../../../../shared/contract/error-texts.js';
import { TIME_BYTES, TimeFormatter, entryMs } from './line-times.js';

/** A mark every this many lines: a window or a jump reads at most this many lines it skips. */
export const MARK_EVERY = 256;
const READ_BLOCK = 64 * 1024;
const NEWLINE = 0x0a;

const PREFIX: Record<LogLineStream, string> = { stdout: 'o', stderr: 'e', system: 's' };
const STREAM_OF: Record<string, LogLineStream> = { o: 'stdout', e: 'stderr', s: 'system' };

/** Entries of the side store read at once for a line's time (locate, a time range). */
const TIMES_BLOCK = 4096;

/**
 * One line as stored: `<o|e|s><timestamp or -> <text>`. An output line stored with `-` was read
 * without its timestamp: its time is in the side store (line-times.ts) once the timed pass is in.
 */
export interface RawLine {
  readonly n: number;
  readonly stream: LogLineStream;
  readonly ts: string;
  readonly text: string;
  /** Its time is in the side store and not read yet (or not to be had). */
  readonly untimed?: boolean;
}

/** Lines `from` .. `to - 1`, all output lines, were spooled without their timestamps. */
export interface UntimedRun {
  readonly from: number;
  to: number;
}

export const parseStored = (n: number, stored: string): RawLine => {
  const space = stored.indexOf(' ');
  const ts = space < 0 ? '' : stored.slice(1, space);
  const stream = STREAM_OF[stored[0] ?? 'o'] ?? 'stdout';
  return {
    n,
    stream,
    ts: ts === '-' ? '' : ts,
    text: space < 0 ? stored.slice(1) : stored.slice(space + 1),
    ...(ts === '-' && stream !== 'system' ? { untimed: true } : {}),
  };
};

/** An output line stored without its timestamp (`o-` or `e-`). */
const isUntimed = (stored: string): boolean => stored.charCodeAt(1) === 0x2d /* - */ && stored[0] !== 's';

/** Epoch ms of an RFC 3339 timestamp with any fraction; NaN when there is none. */
export const timeOf = (ts: string): number => (ts === '' || ts === '-' ? Number.NaN : Date.parse(ts));

interface Segment {
  readonly path: string;
  readonly fd: number;
  /** Number of its first line. */
  readonly first: number;
  count: number;
  bytes: number;
  /** Line numbers with a mark, their byte offsets and times (NaN: untimed). */
  readonly markLines: number[];
  readonly markOffsets: number[];
  readonly markTimes: number[];
  /** The side store of its lines' times (opened when the timed pass first reaches it). */
  readonly timesPath: string;
  timesFd: number | null;
}

export interface SpoolOptions {
  readonly folder: string;
  readonly limitBytes: number;
  /** Smaller segments drop history in smaller steps; tests use tiny ones. */
  readonly segmentBytes?: number;
}

/**
 * One log history on disk: complete lines appended in order, numbered from 0, in segment files
 * with a sparse index (a mark every MARK_EVERY lines: offset and time). Past the size limit the
 * oldest segment is deleted and its lines counted as dropped. Writes and small reads are
 * synchronous: they hit the page cache, and a write must be readable at once for the live tail.
 */
export class LogSpool {
  private readonly segments: Segment[] = [];
  private readonly segmentBytes: number;
  private readonly pending: Record<LogLineStream, string> = { stdout: '', stderr: '', system: '' };
  private nextId = 0;
  private scratch = Buffer.allocUnsafe(256 * 1024);
  private closed = false;
  private readonly formatter = new TimeFormatter();
  private timesCache: { segment: Segment; start: number; data: Uint32Array } | null = null;
  /** Output lines appended now carry their timestamp inline; false while a history is read untimed. */
  timed = true;
  /** The lines spooled without timestamps, in order (notes of Berth's break a run). */
  readonly untimedRuns: UntimedRun[] = [];
  /** The timed pass is in and matched: untimed lines are read with their time from the side store. */
  timesIn = false;
  /** Why a time is refused while some held line has none yet (a jump to a time, a time range). */
  timesMissing: Worded | null = null;
  total = 0;
  dropped = 0;
  bytes = 0;

  constructor(private readonly options: SpoolOptions) {
    this.segmentBytes =
      options.segmentBytes ?? Math.max(1024 * 1024, Math.min(64 * 1024 * 1024, options.limitBytes / 8));
  }

  /** The first line still held. */
  get first(): number {
    return this.segments[0]?.first ?? this.total;
  }

  /**
   * Text of one stream as the pipeline hands it on: many lines, the last maybe open. Open lines
   * wait (per stream) for their end, so interleaved streams never split a stored line.
   */
  append(stream: LogLineStream, text: string): void {
    if (this.closed) return;
    const joined = this.pending[stream] + text;
    const end = joined.lastIndexOf('\n');
    if (end < 0) {
      this.pending[stream] = joined;
      return;
    }
    this.pending[stream] = joined.slice(end + 1);
    const prefix = PREFIX[stream];
    const body = joined.slice(0, end);
    // Berth's own notes have no engine timestamp, and neither has an untimed history's line
    // (its time comes later, in the side store): '-' keeps the stored shape the same.
    const untimed = stream !== 'system' && !this.timed;
    const dash = stream === 'system' || untimed;
    const head = dash ? `${prefix}- ` : prefix;
    const sep = dash ? `\n${prefix}- ` : `\n${prefix}`;
    const before = this.total;
    this.write(this.encode(`${head}${body.replaceAll('\n', sep)}\n`));
    if (untimed) {
      const last = this.untimedRuns[this.untimedRuns.length - 1];
      if (last?.to === before) last.to = this.total;
      else this.untimedRuns.push({ from: before, to: this.total });
    }
  }

  /** Output lines spooled without their timestamps. */
  get untimedLines(): number {
    let count = 0;
    for (const run of this.untimedRuns) count += run.to - run.from;
    return count;
  }

  /**
   * Times of `count` consecutive lines from `from` into the side store (entries: seconds and
   * nanoseconds per line, seconds 0 for none), and into the marks among them. Lines dropped
   * meanwhile are skipped.
   */
  setTimes(from: number, entries: Uint32Array, count: number): void {
    if (this.closed) return;
    const end = Math.min(from + count, this.total);
    this.eachSegmentRun(from, count, (segment, n, last) => {
      const slice = entries.subarray((n - from) * 2, (last - from) * 2);
      segment.timesFd ??= openSync(segment.timesPath, 'w+', 0o600);
      writeSync(
        segment.timesFd,
        new Uint8Array(slice.buffer, slice.byteOffset, slice.byteLength),
        0,
        slice.byteLength,
        (n - segment.first) * TIME_BYTES,
      );
      let k = this.markIndex(segment, n);
      for (; k < segment.markLines.length && (segment.markLines[k] ?? end) < last; k++) {
        const i = ((segment.markLines[k] ?? n) - from) * 2;
        segment.markTimes[k] = entryMs(entries[i] ?? 0, entries[i + 1] ?? 0);
      }
    });
    this.timesCache = null;
  }

  /** Epoch ms of a held line (stored as `stored`); NaN when it has none, or none yet. */
  lineTime(n: number, stored: string): number {
    if (!isUntimed(stored)) return timeAtText(stored);
    if (!this.timesIn) return Number.NaN;
    const entry = this.entryOf(n);
    return entry ? entryMs(entry[0], entry[1]) : Number.NaN;
  }

  /** Whether some held line waits for its time (a jump to a time or a time range would miss it). */
  get timesPending(): boolean {
    if (this.timesIn) return false;
    const last = this.untimedRuns[this.untimedRuns.length - 1];
    return last !== undefined && last.to > this.first;
  }

  /**
   * The text as UTF-8 in a buffer reused from write to write (write copies it to the file before
   * returning): a history is spooled in pieces of about 64 KB, and a fresh buffer for each was
   * external memory the garbage collector had to chase.
   */
  private encode(text: string): Buffer {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    if (this.scratch.length < text.length * 3) this.scratch = Buffer.allocUnsafe(text.length * 3);
    return this.scratch.subarray(0, this.scratch.write(text, 0, 'utf8'));
  }

  /** Lines `from` .. `from + count - 1` that are still held, in order. */
  read(from: number, count: number): RawLine[] {
    const out: RawLine[] = [];
    this.eachSegmentRun(from, count, (segment, n, last) => {
      const lines = this.readSegment(segment, n, last - n);
      if (this.timesIn && lines.some((line) => line.untimed)) this.fillTimes(segment, n, lines);
      for (const line of lines) out.push(line);
    });
    return out;
  }

  /** Lines `from` .. `from + count - 1` still held, as runs within one segment each: `visit(segment, first, end)`. */
  private eachSegmentRun(
    from: number,
    count: number,
    visit: (segment: Segment, n: number, last: number) => void,
  ): void {
    let n = Math.max(from, this.first);
    const end = Math.min(from + count, this.total);
    while (n < end) {
      const segment = this.segmentOf(n);
      if (!segment) break;
      const last = Math.min(end, segment.first + segment.count);
      visit(segment, n, last);
      n = last;
    }
  }

  /** The side store's times into lines read from one segment (one read for the window). */
  private fillTimes(segment: Segment, from: number, lines: RawLine[]): void {
    const count = lines.length === 0 ? 0 : (lines[lines.length - 1]?.n ?? from) - from + 1;
    const times = this.readEntries(segment, from, count);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line?.untimed) continue;
      const k = (line.n - from) * 2;
      const sec = times[k] ?? 0;
      if (sec !== 0)
        lines[i] = {
          n: line.n,
          stream: line.stream,
          ts: this.formatter.format(sec, times[k + 1] ?? 0),
          text: line.text,
        };
    }
  }

  /** `count` entries of a segment's side store from line `from` (zeros where none was written). */
  private readEntries(segment: Segment, from: number, count: number): Uint32Array {
    const out = new Uint32Array(count * 2);
    if (segment.timesFd === null || count === 0) return out;
    readSync(
      segment.timesFd,
      new Uint8Array(out.buffer),
      0,
      count * TIME_BYTES,
      (from - segment.first) * TIME_BYTES,
    );
    return out;
  }

  /** One line's entry, through a block cache: locate and a time range read lines in order. */
  private entryOf(n: number): [number, number] | null {
    const segment = this.segmentOf(n);
    if (!segment) return null;
    let cache = this.timesCache;
    if (cache?.segment !== segment || n < cache.start || n >= cache.start + TIMES_BLOCK) {
      const start = n - ((n - segment.first) % TIMES_BLOCK);
      const count = Math.min(TIMES_BLOCK, segment.first + segment.count - start);
      cache = { segment, start, data: this.readEntries(segment, start, count) };
      this.timesCache = cache;
    }
    const k = (n - cache.start) * 2;
    return [cache.data[k] ?? 0, cache.data[k + 1] ?? 0];
  }

  /**
   * Visits held lines from `from` on, block by block, as their stored text (`visit` returns false
   * to stop). Returns the next line to visit. Callers yield between calls: see searchSpool.
   */
  scan(from: number, maxBytes: number, visit: (n: number, stored: string) => boolean): number {
    let n = Math.max(from, this.first);
    const segment = this.segmentOf(n);
    if (!segment) return n;
    const { offset, line } = this.markBefore(segment, n);
    let skip = n - line;
    let position = offset;
    let carry = '';
    let read = 0;
    const limit = segment.first + segment.count;
    const buffer = Buffer.allocUnsafe(READ_BLOCK);
    while (n < limit && read < maxBytes) {
      const got = readSync(segment.fd, buffer, 0, READ_BLOCK, position);
      if (got <= 0) break;
      position += got;
      read += got;
      const text = carry + buffer.toString('utf8', 0, lastNewline(buffer, got) + 1);
      carry = buffer.toString('utf8', lastNewline(buffer, got) + 1, got);
      let start = 0;
      for (;;) {
        const nl = text.indexOf('\n', start);
        if (nl < 0) break;
        if (skip > 0) skip--;
        else {
          if (!visit(n, text.slice(start, nl))) return n + 1;
          n++;
          if (n >= limit) return n;
        }
        start = nl + 1;
      }
      // A line longer than a block: its bytes so far wait in carry (carry holds no newline).
      if (lastNewline(buffer, got) < 0) carry = text + carry;
    }
    return n;
  }

  /** The first held line whose time is at or after `ms`; null when none is. */
  locate(ms: number): number | null {
    // Lines without their times yet would be passed over: a wrong line, not a late one.
    if (this.timesPending) throw new BerthError('CONFLICT', this.timesMissing ?? worded('timesReading'));
    // From the last mark older than `ms` (logs are in time order, give or take a stream switch).
    let start = this.first;
    search: for (const segment of this.segments) {
      for (let k = 0; k < segment.markLines.length; k++) {
        const time = segment.markTimes[k] ?? Number.NaN;
        if (time < ms) start = segment.markLines[k] ?? start;
        else if (time >= ms) break search;
      }
    }
    let found = null as number | null;
    let n = start;
    while (n < this.total && found === null) {
      const before = n;
      n = this.scan(n, READ_BLOCK * 16, (line, stored) => {
        if (this.lineTime(line, stored) >= ms) {
          found = line;
          return false;
        }
        return true;
      });
      if (n === before) break;
    }
    return found;
  }

  /** Deletes every file; the spool is empty and takes no more lines. */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    for (const segment of this.segments.splice(0)) closeAndRemove(segment);
  }

  private write(data: Buffer): void {
    let segment = this.segments[this.segments.length - 1];
    if (!segment || segment.bytes >= this.segmentBytes) segment = this.openSegment();
    const base = segment.bytes;
    writeSync(segment.fd, data, 0, data.length, base);
    let n = this.total;
    let start = 0;
    for (;;) {
      const nl = data.indexOf(NEWLINE, start);
      if (nl < 0) break;
      // Every segment starts with a mark, so a segment is read from its own start.
      if (n % MARK_EVERY === 0 || n === segment.first) this.mark(segment, n, base + start, data, start);
      n++;
      start = nl + 1;
    }
    segment.count += n - this.total;
    segment.bytes += data.length;
    this.bytes += data.length;
    this.total = n;
    this.trim();
  }

  private openSegment(): Segment {
    const name = String(this.nextId++).padStart(6, '0');
    const path = join(this.options.folder, `${name}.log`);
    const fd = openSync(path, 'w+', 0o600);
    const segment: Segment = {
      path,
      fd,
      first: this.total,
      count: 0,
      bytes: 0,
      markLines: [],
      markOffsets: [],
      markTimes: [],
      timesPath: join(this.options.folder, `${name}.times`),
      timesFd: null,
    };
    this.segments.push(segment);
    return segment;
  }

  private mark(segment: Segment, n: number, offset: number, data: Buffer, start: number): void {
    segment.markLines.push(n);
    segment.markOffsets.push(offset);
    segment.markTimes.push(timeAt(data, start));
  }

  private trim(): void {
    while (this.bytes > this.options.limitBytes && this.segments.length > 1) {
      const oldest = this.segments.shift();
      if (!oldest) break;
      this.bytes -= oldest.bytes;
      this.dropped += oldest.count;
      if (this.timesCache?.segment === oldest) this.timesCache = null;
      closeAndRemove(oldest);
    }
  }

  private segmentOf(n: number): Segment | undefined {
    // Few segments (limit / segment size): a linear search from the newest is enough.
    for (let i = this.segments.length - 1; i >= 0; i--) {
      const segment = this.segments[i];
      if (!segment) break;
      if (n >= segment.first) return n < segment.first + segment.count ? segment : undefined;
    }
    return undefined;
  }

  private markBefore(segment: Segment, n: number): { offset: number; line: number } {
    const lines = segment.markLines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid] ?? 0) <= n) lo = mid;
      else hi = mid - 1;
    }
    return { offset: segment.markOffsets[lo] ?? 0, line: lines[lo] ?? 0 };
  }

  /** The index of the first mark at or after line `n`. */
  private markIndex(segment: Segment, n: number): number {
    const lines = segment.markLines;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lines[mid] ?? 0) < n) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private readSegment(segment: Segment, from: number, count: number): RawLine[] {
    const out: RawLine[] = [];
    let n = from;
    while (out.length < count) {
      const before = n;
      n = this.scan(n, READ_BLOCK * 4, (line, stored) => {
        out.push(parseStored(line, stored));
        return out.length < count;
      });
      if (n === before) break;
    }
    return out;
  }
}

const lastNewline = (buffer: Buffer, length: number): number => buffer.lastIndexOf(NEWLINE, length - 1);

/** The inline time of a stored line; NaN for none. */
const timeAtText = (stored: string): number => {
  const space = stored.indexOf(' ');
  return space < 0 || space > 41 ? Number.NaN : timeOf(stored.slice(1, space));
};

/** The time of the stored line starting at `start` (after its stream letter, up to a space). */
const timeAt = (data: Buffer, start: number): number => {
  const space = data.indexOf(0x20, start);
  if (space < 0 || space - start > 40) return Number.NaN;
  return timeOf(data.toString('latin1', start + 1, space));
};

const closeAndRemove = (segment: Segment): void => {
  for (const fd of segment.timesFd === null ? [segment.fd] : [segment.fd, segment.timesFd]) {
    try {
      closeSync(fd);
    } catch {
      // Already closed: the file still goes.
    }
  }
  for (const path of segment.timesFd === null ? [segment.path] : [segment.path, segment.timesPath]) {
    try {
      unlinkSync(path);
    } catch {
      // Swept already (or the folder went with it).
    }
  }
};
