import { mkdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { LogChunk } from '../../../../shared/contract/container-detail.js';
import type { ErrorEnvelope } from '../../../../shared/contract/errors.js';
import type {
  LinesAnswer,
  SearchProgress,
  SearchQuery,
  SpoolLine,
  SpoolProgress,
  SpoolRequest,
  SpoolTimes,
  TimesReason,
} from '../../../../shared/logs/explorer.js';
import type { EngineConnection } from '../../engine/engine-connection.js';
import { BerthError } from '../../errors/berth-error.js';
import { worded } from '../../../../shared/contract/error-texts.js';
import type { StreamHandle, StreamSink } from '../../rpc/router.js';
import { streamLogs, type ContainerChanges } from '../logs-stream.js';
import { plainText } from './line-matcher.js';
import { LogSpool, type RawLine } from './log-spool.js';
import type { MatchRows } from './match-list.js';
import { SpoolSearch } from './spool-search.js';
import { TimesPass } from './times-pass.js';

/**
 * Progress at most this often while lines pour in (the first after a quiet spell goes at once): the
 * view reads windows, not every line, and follows the tail at most twice a second meanwhile; each
 * report is a redraw of the page, which shares the CPU with the engine serving the history.
 */
const PROGRESS_MS = 250;
/** Lines read per step of an export. */
const EXPORT_BATCH = 2000;

export const newSessionId = (): string => randomBytes(16).toString('base64url');

const toLine = (line: RawLine, extra?: { gap?: boolean; match?: boolean; pending?: boolean }): SpoolLine => ({
  n: line.n,
  stream: line.stream,
  ts: line.ts,
  text: line.text,
  ...(extra?.pending && line.untimed ? { timePending: true } : {}),
  ...(extra?.gap ? { gap: true } : {}),
  ...(extra?.match ? { match: true } : {}),
});

/**
 * One explorer view's spool: follows the container's log with the same follower as the console
 * (resume without repeats across restarts and engine outages), writes every line to disk, and
 * answers windows, jumps and searches. Disposing it (the view closed its stream, or its client
 * went away) stops the engine stream and deletes the files.
 */
export class SpoolSession implements StreamHandle {
  readonly id = newSessionId();
  readonly spool: LogSpool;
  private readonly folder: string;
  private readonly follower: StreamHandle;
  private readonly searches = new Map<string, SpoolSearch>();
  private ended: { error?: string } | null = null;
  private timer: NodeJS.Timeout | undefined;
  private lastPush = 0;
  private disposed = false;
  private times: SpoolTimes;
  private timesReason: TimesReason | undefined;
  private timesDetail: string | undefined;
  /** The second, timed pass over the untimed history, while it runs. */
  private timesPass: { readonly pass: TimesPass; readonly handle: StreamHandle } | null = null;
  /** The untimed history's bound, as the first pass asked for it: the second asks for the same. */
  private historyUntil: string | number | undefined;

  constructor(
    root: string,
    private readonly connection: EngineConnection,
    private readonly containers: ContainerChanges,
    private readonly req: SpoolRequest,
    private readonly sink: StreamSink<SpoolProgress>,
    private readonly onDispose: () => void,
  ) {
    this.folder = join(root, this.id);
    mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    this.spool = new LogSpool({ folder: this.folder, limitBytes: req.limitMb * 1024 * 1024 });
    const lines: StreamSink<LogChunk> = {
      push: (chunk) => {
        this.spool.append(chunk.stream, chunk.text);
        this.grew();
      },
      end: (error?: ErrorEnvelope) => {
        this.ended = error ? { error: error.message } : {};
        // The untimed history never ended whole: its times cannot be matched line for line.
        if (this.times === 'reading' && !this.timesPass)
          this.settleTimes(this.spool.untimedLines === 0 ? 'ready' : 'unavailable', 'incomplete');
        this.report(true);
      },
    };
    // A whole history is read untimed up to the opening instant (the engine serves it about
    // 15 % faster, and every line is reachable as soon as it is spooled); its times come from a
    // second pass once it is in. What follows it (the live tail) is read timed. Jumps to a time
    // and time ranges need times; the view hides them if asked.
    const split = req.tail === 'all';
    this.times = split ? 'reading' : 'ready';
    this.follower = streamLogs(
      connection,
      containers,
      {
        ref: req.ref,
        tail: req.tail,
        timestamps: true,
        follow: req.follow,
        ...(req.since === undefined ? {} : { since: req.since }),
        ...(req.until === undefined ? {} : { until: req.until }),
      },
      lines,
      split
        ? {
            untimedHistory: true,
            onBody: (timed, until) => {
              this.spool.timed = timed;
              if (!timed) this.historyUntil = until;
              // A running container's history is read timed (as in the console): nothing to time.
              else if (this.times === 'reading' && !this.timesPass && this.spool.untimedLines === 0)
                this.settleTimes('ready');
            },
            onHistoryRead: () => {
              this.startTimesPass();
            },
          }
        : undefined,
    );
    this.report(true);
  }

  /** The untimed history is in: read it again, timed, within the same bound. */
  private startTimesPass(): void {
    if (this.disposed || this.timesPass || this.times !== 'reading') return;
    if (this.spool.untimedLines === 0) {
      this.settleTimes('ready');
      return;
    }
    const pass = new TimesPass(this.spool);
    const req = this.req;
    let settled = false;
    const settle = (times: SpoolTimes, reason?: TimesReason, detail?: string): void => {
      if (settled) return;
      settled = true;
      this.settleTimes(times, reason, detail);
    };
    const sink: StreamSink<LogChunk> = {
      push: (chunk) => {
        if (settled) return;
        pass.push(chunk.stream, chunk.text);
        if (pass.overrun) {
          settle('unavailable', 'changed');
          this.timesPass?.handle.dispose();
          return;
        }
        this.report(false);
      },
      end: (error?: ErrorEnvelope) => {
        if (error) {
          settle('unavailable', 'failed', error.message);
          return;
        }
        const outcome = pass.finish();
        settle(outcome.ok ? 'ready' : 'unavailable', outcome.ok ? undefined : 'changed');
      },
    };
    const handle = streamLogs(
      this.connection,
      this.containers,
      {
        ref: req.ref,
        tail: 'all',
        timestamps: true,
        follow: false,
        ...(req.since === undefined ? {} : { since: req.since }),
      },
      sink,
      this.historyUntil === undefined ? {} : { until: this.historyUntil },
    );
    this.timesPass = { pass, handle };
    this.report(true);
  }

  private settleTimes(times: SpoolTimes, reason?: TimesReason, detail?: string): void {
    if (this.disposed) return;
    this.times = times;
    this.timesReason = times === 'unavailable' ? reason : undefined;
    this.timesDetail = times === 'unavailable' ? detail : undefined;
    this.spool.timesIn = times === 'ready';
    this.spool.timesMissing =
      times === 'ready' ? null : times === 'reading' ? worded('timesReading') : worded('timesUnavailable');
    this.report(true);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.follower.dispose();
    this.timesPass?.handle.dispose();
    for (const search of this.searches.values()) search.dispose();
    this.searches.clear();
    this.spool.dispose();
    rmSync(this.folder, { recursive: true, force: true });
    this.onDispose();
  }

  get progress(): SpoolProgress {
    return {
      session: this.id,
      total: this.spool.total,
      first: this.spool.first,
      bytes: this.spool.bytes,
      ended: this.ended !== null,
      ...(this.ended?.error === undefined ? {} : { error: this.ended.error }),
      times: this.times,
      timesRead: this.timesPass?.pass.read ?? 0,
      timesOf: this.timesPass?.pass.expected ?? 0,
      ...(this.timesReason === undefined ? {} : { timesReason: this.timesReason }),
      ...(this.timesDetail === undefined ? {} : { timesDetail: this.timesDetail }),
    };
  }

  lines(from: number, count: number, view?: { search: string; context: number }): LinesAnswer {
    if (!view) {
      return {
        lines: this.spool
          .read(from, count)
          .map((line) => toLine(line, { pending: this.times === 'reading' })),
        rows: this.spool.total - this.spool.first,
      };
    }
    const search = this.search(view.search);
    const rows = search.view(view.context);
    return { lines: this.readRows(search, rows, from, count), rows: rows.rows };
  }

  /** Rows of "only matching lines", read a run of consecutive lines at a time. */
  private readRows(search: SpoolSearch, rows: MatchRows, from: number, count: number): SpoolLine[] {
    const out: SpoolLine[] = [];
    let row = from;
    const end = Math.min(from + count, rows.rows);
    while (row < end) {
      const start = rows.lineAt(row);
      if (!start) break;
      let length = 1;
      while (row + length < end && rows.lineAt(row + length)?.line === start.line + length) length++;
      for (const line of this.spool.read(start.line, length)) {
        const index = search.matches.lowerBound(line.n);
        const match = index < search.matches.length && search.matches.at(index) === line.n;
        out.push(
          toLine(line, { gap: line.n === start.line && start.gap, match, pending: this.times === 'reading' }),
        );
      }
      row += length;
    }
    return out;
  }

  startSearch(query: SearchQuery, sink: StreamSink<SearchProgress>): StreamHandle {
    // A time range over lines without their times yet would miss them, not find them.
    if ((query.from !== undefined || query.to !== undefined) && this.spool.timesPending)
      throw new BerthError('CONFLICT', this.spool.timesMissing ?? worded('timesReading'));
    const id = newSessionId();
    const search = new SpoolSearch(id, this.spool, query, (progress) => {
      sink.push(progress);
    });
    this.searches.set(id, search);
    sink.push(search.progress);
    search.wake();
    return {
      dispose: () => {
        search.dispose();
        this.searches.delete(id);
      },
    };
  }

  search(id: string): SpoolSearch {
    const search = this.searches.get(id);
    if (!search) throw new BerthError('NOT_FOUND', worded('searchClosed'));
    return search;
  }

  /** The matches (and context) as plain text, for the existing download tickets. */
  exportMatches(searchId: string, context: number): Readable {
    const search = this.search(searchId);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the generator runs later, as a plain function
    const session = this;
    async function* text(): AsyncGenerator<string> {
      const rows = search.view(context);
      const readRows = session.readRows.bind(session);
      for (let row = 0; row < rows.rows; row += EXPORT_BATCH) {
        let piece = '';
        for (const line of readRows(search, rows, row, EXPORT_BATCH)) {
          if (line.gap) piece += '--\n';
          piece += `${line.ts === '' ? '' : `${line.ts} `}${plainText(line.text)}\n`;
        }
        yield piece;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return Readable.from(text());
  }

  private grew(): void {
    for (const search of this.searches.values()) search.wake();
    this.report(false);
  }

  /** Progress now (a state change) or, while lines pour in, at most every PROGRESS_MS. */
  private report(now: boolean): void {
    if (this.disposed) return;
    const since = Date.now() - this.lastPush;
    if (now || since >= PROGRESS_MS) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.lastPush = Date.now();
      this.sink.push(this.progress);
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.report(true);
    }, PROGRESS_MS - since);
  }
}
