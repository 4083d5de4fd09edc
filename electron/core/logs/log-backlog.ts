import { countLines } from '../../../shared/logs/count-lines.js';
import type { LogStream } from './log-messages.js';

export interface BacklogPiece {
  readonly stream: LogStream;
  readonly text: string;
  readonly lines: number;
}

/**
 * Log text waiting for a viewer that fell behind. It always holds at least the newest `keep`
 * lines (the viewer's scrollback); a piece older than that could only be drawn to scroll out
 * of the scrollback again, so it is let go and counted. The view then ends exactly as if every
 * line had been drawn, minus the time it would have taken. Only whole pieces go, oldest first,
 * so what was let go is always one run of lines between what was sent and what is waiting.
 */
export class LogBacklog {
  private pieces: (BacklogPiece | undefined)[] = [];
  private head = 0;
  private lineCount = 0;
  private charCount = 0;
  private skipped = 0;
  private wasFull = false;

  constructor(private readonly keep: number) {}

  push(stream: LogStream, text: string): void {
    if (text.length === 0) return;
    const lines = countLines(text);
    this.pieces.push({ stream, text, lines });
    this.lineCount += lines;
    this.charCount += text.length;
    this.trim();
  }

  /** The oldest waiting piece, removed. */
  shift(): BacklogPiece | undefined {
    const piece = this.pieces[this.head];
    if (!piece) return undefined;
    this.pieces[this.head++] = undefined;
    this.lineCount -= piece.lines;
    this.charCount -= piece.text.length;
    if (this.head === this.pieces.length) {
      this.pieces = [];
      this.head = 0;
      this.wasFull = false;
    } else if (this.head > 1024 && this.head * 2 > this.pieces.length) {
      this.pieces = this.pieces.slice(this.head);
      this.head = 0;
    }
    return piece;
  }

  /** Lines let go since the last call. */
  takeSkipped(): number {
    const n = this.skipped;
    this.skipped = 0;
    return n;
  }

  get isEmpty(): boolean {
    return this.head === this.pieces.length;
  }

  /** Characters waiting: what the caller bounds memory by. */
  get chars(): number {
    return this.charCount;
  }

  get lines(): number {
    return this.lineCount;
  }

  /** It filled up (newer lines pushing older ones out) since it was last empty. */
  get overrun(): boolean {
    return this.wasFull;
  }

  private trim(): void {
    if (this.lineCount >= this.keep) this.wasFull = true;
    for (let oldest = this.pieces[this.head]; oldest; oldest = this.pieces[this.head]) {
      if (this.lineCount - oldest.lines < this.keep) return;
      this.shift();
      this.skipped += oldest.lines;
    }
  }
}
