import { z } from 'zod';
import { containerRef } from '../contract/ids.js';

/**
 * The log explorer (issue 18): the backend spools a history to disk while a view reads it, and
 * the view asks for windows of lines by number, so the whole history is reachable with only the
 * visible window in the page.
 */

/** Spool size limits in MiB the user may choose; past it the oldest lines are dropped and counted. */
export const SPOOL_LIMIT_MB = { min: 16, max: 16_384, default: 2048 } as const;

export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
const sessionId = z.string().regex(SESSION_ID_PATTERN, 'must be a session id');
/** Absolute line numbers, from 0 (the history's first line), across drops. */
const lineNumber = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const epochMs = z.number().int().min(0).max(8_640_000_000_000);

export const spoolRequest = z.strictObject({
  ref: containerRef,
  tail: z.union([z.literal('all'), z.number().int().min(0).max(10_000_000)]),
  since: z.number().int().nonnegative().optional(),
  until: z.number().int().nonnegative().optional(),
  follow: z.boolean(),
  limitMb: z.number().int().min(SPOOL_LIMIT_MB.min).max(SPOOL_LIMIT_MB.max),
});
export type SpoolRequest = z.output<typeof spoolRequest>;

/** Pushed as the spool grows (a few times a second at most) and when its state changes. */
export interface SpoolProgress {
  readonly session: string;
  /** Lines ever spooled: the next line's number. */
  readonly total: number;
  /** The first line still held (older ones were dropped to stay within the limit). */
  readonly first: number;
  readonly bytes: number;
  /** The engine stream ended (a closed range, or an error): nothing more will come. */
  readonly ended: boolean;
  readonly error?: string;
  /**
   * The lines' times. A whole history is read without them (the engine serves it faster) and
   * timed by a second pass over the same bounded history once the first is in: 'reading' until
   * then (jumps to a time, time ranges and shown times wait), 'ready' once every line has its
   * time, 'unavailable' when the second pass could not give them (see `timesReason`).
   */
  readonly times: SpoolTimes;
  /** While 'reading': lines timed so far, of `timesOf` (0 of 0 before the second pass starts). */
  readonly timesRead: number;
  readonly timesOf: number;
  readonly timesReason?: TimesReason;
  /** With reason 'failed': what went wrong, as the engine or Berth said it. */
  readonly timesDetail?: string;
}

export type SpoolTimes = 'reading' | 'ready' | 'unavailable';
/**
 * Why times are unavailable: 'changed', the second pass had another number of lines (the log
 * rotated or was cut meanwhile); 'failed', it ended with an error; 'incomplete', the history
 * itself was not read whole.
 */
export type TimesReason = 'changed' | 'failed' | 'incomplete';

export type LogLineStream = 'stdout' | 'stderr' | 'system';

export interface SpoolLine {
  readonly n: number;
  readonly stream: LogLineStream;
  /** The engine's RFC 3339 timestamp; empty for Berth's own notes. */
  readonly ts: string;
  /** The text with its colours (SGR) kept; other control sequences were removed upstream. */
  readonly text: string;
  /** Its time is not read yet (the times are 'reading'); not a line without one. */
  readonly timePending?: boolean;
  /** In "only matching lines": lines were skipped before this one. */
  readonly gap?: boolean;
  readonly match?: boolean;
}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const searchQuery = z.strictObject({
  text: z.string().max(1000),
  regex: z.boolean(),
  matchCase: z.boolean(),
  streams: z.strictObject({ stdout: z.boolean(), stderr: z.boolean() }),
  from: epochMs.optional(),
  to: epochMs.optional(),
  /** Structured (JSON) lines whose level is one of these; absent: any line. */
  levels: z.array(z.enum(LOG_LEVELS)).max(LOG_LEVELS.length).optional(),
});
export type SearchQuery = z.output<typeof searchQuery>;

export const searchRequest = z.strictObject({ session: sessionId, query: searchQuery });

/** A search runs over the spool and goes on over lines as they arrive, until it is closed. */
export interface SearchProgress {
  readonly search: string;
  /** Lines searched so far, of `total` spooled. */
  readonly scanned: number;
  readonly total: number;
  readonly matches: number;
  /** The first matching line, once there is one (the quickest answer). */
  readonly firstMatch: number | null;
  /** Every spooled line was searched; new lines are searched as they come. */
  readonly caughtUp: boolean;
}

const view = z.strictObject({ search: sessionId, context: z.number().int().min(0).max(50) });

export const linesRequest = z.strictObject({
  session: sessionId,
  /** A row number: a line number, or (with `view`) a row of the matching lines and their context. */
  from: lineNumber,
  count: z.number().int().min(1).max(2000),
  view: view.optional(),
});
export interface LinesAnswer {
  readonly lines: readonly SpoolLine[];
  /** Rows there are in this view (lines held, or rows of matches with context). */
  readonly rows: number;
}

export const locateRequest = z.strictObject({ session: sessionId, time: epochMs });
export const matchStepRequest = z.strictObject({
  session: sessionId,
  search: sessionId,
  /** From this line, excluded; the next (or previous) matching line. -1: from before the first. */
  line: z.number().int().min(-1).max(Number.MAX_SAFE_INTEGER),
  direction: z.enum(['next', 'previous']),
});
export const exportRequest = z.strictObject({
  session: sessionId,
  search: sessionId,
  context: z.number().int().min(0).max(50),
});
export const rowOfLineRequest = z.strictObject({
  session: sessionId,
  search: sessionId,
  context: z.number().int().min(0).max(50),
  line: lineNumber,
});
