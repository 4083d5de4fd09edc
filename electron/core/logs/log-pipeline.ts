import { FrameDemuxer } from './frame-demuxer.js';
import { MessageReader } from './log-messages.js';
import type { LogOutlet } from './log-outlet.js';
import { LogText } from './log-text.js';
import { ResumeCursor } from './resume-cursor.js';

/**
 * The text path of one logs subscription: body bytes → frames (unless TTY) → messages → the
 * resume cursor → text → the outlet. LogText feeds the outlet directly; the follower only says
 * when a body starts and ends, and reads the cursor's position to reopen.
 */
export class LogPipeline {
  private readonly text: LogText;
  private readonly cursor: ResumeCursor;
  private readonly reader: MessageReader;
  private demuxer: FrameDemuxer | null = null;
  private flushQueued = false;
  private closed = false;

  constructor(outlet: LogOutlet, timestamps: boolean) {
    this.text = new LogText((stream, text) => outlet.push(stream, text), { timestamps });
    this.cursor = new ResumeCursor(this.text);
    this.reader = new MessageReader(this.cursor);
  }

  /** Where a reopened body continues: the last delivered timestamp, or null when none was. */
  get since(): string | null {
    return this.cursor.since;
  }

  /**
   * A body opens. `timed`: its messages carry timestamps. `replay`: an earlier body was read,
   * so what this one repeats is counted off rather than shown again.
   */
  startBody(tty: boolean, timed: boolean, replay: boolean): void {
    this.cursor.setTimed(timed);
    if (replay) this.cursor.startReplay();
    this.reader.reset(timed);
    this.demuxer = tty
      ? null
      : new FrameDemuxer((stream, data, start) => this.reader.frame(stream, data, start));
  }

  write(chunk: Buffer): void {
    if (this.demuxer) this.demuxer.write(chunk);
    else this.reader.raw(chunk);
    this.scheduleFlush();
  }

  /** The body ended: open lines are closed and what is staged is handed on. */
  endBody(): void {
    this.text.endLines();
    this.text.flush();
  }

  /** The untimed first part of a split history was read whole, up to `since`. */
  closeUntimed(since: string): void {
    this.cursor.closeUntimed(since);
  }

  /** A line of Berth's own (stopped, removed…), after what is staged. */
  note(text: string): void {
    this.text.note(text);
  }

  /** The stream is over: nothing more is handed on, not even a flush already scheduled. */
  close(): void {
    this.closed = true;
  }

  /**
   * Hands on what is staged once per turn of the event loop rather than per data event: a
   * follower of a busy container gets one small data event per line, and one chunk (one string,
   * one array entry in the client) per line is what made a flood cost memory downstream.
   */
  private scheduleFlush(): void {
    if (this.flushQueued) return;
    this.flushQueued = true;
    setImmediate(() => {
      this.flushQueued = false;
      if (!this.closed) this.text.flush();
    });
  }
}
