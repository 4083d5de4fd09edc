import type { LogChunk } from '../../../shared/contract/container-detail.js';
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { FlowWindow, StreamSink } from '../rpc/router.js';
import { LogBacklog } from './log-backlog.js';
import type { LogStream } from './log-messages.js';

/**
 * Most characters a behind viewer's backlog holds (about 32 MB of strings at worst). A keep of
 * many long lines reaches it before any line is let go: then the engine stream waits instead.
 */
const MAX_BACKLOG_CHARS = 16 * 1024 * 1024;
/**
 * A viewer that keeps a scrollback gets text in small windows: each window is drawn before the
 * next is sent, so what is on screen stays close to what was read.
 */
const KEEP_WINDOW: FlowWindow = { high: 64 * 1024, low: 16 * 1024 };
/**
 * While the engine outruns the viewer by more than it keeps, it is handed the newest waiting
 * text this often rather than as fast as it draws: lines that fly past unread are not worth
 * the CPU the engine needs. A viewer that is only a little behind catches up at full speed.
 */
const CATCH_UP_MS = 500;

const GROUPED = new Intl.NumberFormat('en-US');

export const droppedNote = (lines: number): string =>
  `— ${GROUPED.format(lines)} lines dropped to catch up: they were older than the scrollback keeps —\n`;

export interface LogOutletOptions {
  /** Lines the viewer keeps; undefined: nothing is ever let go. */
  readonly keep: number | undefined;
  /** Whether an engine body is being read now (pacing only matters then). */
  readonly reading: () => boolean;
  /** Pause or resume the engine body. */
  readonly holdBody: (hold: boolean) => void;
}

/**
 * Where a log subscription's text goes out, with its flow control. Without `keep` a behind
 * client pauses the engine body, and nothing is ever let go. With it, the engine is read on and
 * the backlog keeps the newest lines (the engine waits only once it is full), handed on, oldest
 * first, as the client catches up, after a note of how many lines were let go.
 */
export class LogOutlet {
  private readonly backlog: LogBacklog | null;
  /** The client is behind (flow control). */
  private behind = false;
  private bodyHeld = false;
  /** The stream is over, and ends once the backlog has been handed on. */
  private ending: { readonly error: ErrorEnvelope | undefined } | null = null;
  private drainTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly sink: StreamSink<LogChunk>,
    private readonly options: LogOutletOptions,
  ) {
    this.backlog = options.keep === undefined ? null : new LogBacklog(options.keep);
  }

  /** Small windows while the engine is being read; once it has nothing more, as fast as drawn. */
  get window(): FlowWindow | undefined {
    return this.backlog && this.options.reading() ? KEEP_WINDOW : undefined;
  }

  push(stream: LogStream, text: string): void {
    const backlog = this.backlog;
    if (backlog && (this.behind || !backlog.isEmpty)) {
      backlog.push(stream, text);
      this.syncBody();
      return;
    }
    this.sink.push({ stream, text }, text.length);
  }

  pause(): void {
    this.behind = true;
    this.syncBody();
  }

  resume(): void {
    this.behind = false;
    this.syncBody();
    if (!this.backlog || this.backlog.isEmpty || this.drainTimer) return;
    if (!this.options.reading() || !this.backlog.overrun) {
      this.drain();
      return;
    }
    this.drainTimer = setTimeout(() => {
      this.drainTimer = undefined;
      this.drain();
      this.syncBody();
    }, CATCH_UP_MS);
  }

  /** Ends the stream once what waits has been handed on. */
  end(error?: ErrorEnvelope): void {
    if (this.backlog && !this.backlog.isEmpty) this.ending = { error };
    else this.sink.end(error);
  }

  dispose(): void {
    this.ending = null;
    clearTimeout(this.drainTimer);
  }

  private syncBody(): void {
    const hold = this.backlog ? this.backlog.chars >= MAX_BACKLOG_CHARS : this.behind;
    if (hold === this.bodyHeld) return;
    this.bodyHeld = hold;
    this.options.holdBody(hold);
  }

  /** Hands on what waited, oldest first, as long as the client keeps up; says what was let go. */
  private drain(): void {
    const backlog = this.backlog;
    if (!backlog) return;
    const dropped = backlog.takeSkipped();
    if (dropped > 0) this.sink.push({ stream: 'system', text: droppedNote(dropped), dropped }, 0);
    while (!this.behind) {
      const piece = backlog.shift();
      if (!piece) break;
      this.sink.push({ stream: piece.stream, text: piece.text }, piece.text.length);
    }
    if (backlog.isEmpty && this.ending) this.sink.end(this.ending.error);
  }
}
