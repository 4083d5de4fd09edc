import { ControlFilter } from './control-filter.js';
import type { LogStream, MessageHandler } from './log-messages.js';

export interface LogTextOptions {
  /** Show each line's engine timestamp in front of it. */
  readonly timestamps: boolean;
  /** Longer lines keep this many bytes; the rest is dropped and counted in a marker. */
  readonly maxLineBytes?: number;
  /** Text is handed on in pieces of about this many bytes (many lines per piece). */
  readonly chunkBytes?: number;
}

export const MAX_LINE_BYTES = 16 * 1024;
const CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;
/** A UTF-8 sequence is at most 4 bytes: a character cut at the cap is completed with up to 3 more. */
const MAX_CONTINUATION = 3;

/**
 * The marker is written in two parts: its head as soon as bytes are dropped (a 10 MB line may take
 * long to end, or never end), its tail with the count once the line ends. Together they read as
 * `truncationMarker(dropped)`.
 */
export const TRUNCATION_NOTE = ' … [line truncated';
const truncationTail = (dropped: number): string => `, ${dropped} bytes dropped]`;
export const truncationMarker = (dropped: number): string => `${TRUNCATION_NOTE}${truncationTail(dropped)}`;

interface LineState {
  ts: string | null;
  atStart: boolean;
  length: number;
  dropping: boolean;
  dropped: number;
  /** The head of the marker is written (bytes were dropped). */
  noted: boolean;
  /** Continuation bytes still allowed after the cap, so the last kept character stays whole. */
  grace: number;
}

const newLine = (): LineState => ({
  ts: null,
  atStart: true,
  length: 0,
  dropping: false,
  dropped: 0,
  noted: false,
  grace: 0,
});

/**
 * Turns message bytes into text per stream: timestamps kept or left out, lines capped, and
 * bytes decoded as UTF-8 only when a piece is handed on. One staging buffer holds the current
 * stream's bytes, so interleaved stdout and stderr keep their order and a flood costs one decode
 * per piece, not one per line; each stream has its own streaming decoder, so a character split
 * across chunks (or across a switch of stream) is decoded whole, and invalid bytes become U+FFFD.
 */
export class LogText implements MessageHandler {
  private readonly maxLine: number;
  private readonly staging: Buffer;
  private used = 0;
  private current: LogStream = 'stdout';
  private readonly decoders = {
    stdout: new TextDecoder(),
    stderr: new TextDecoder(),
    system: new TextDecoder(),
  };
  private readonly lines = { stdout: newLine(), stderr: newLine(), system: newLine() };
  /** Colours pass; nothing else may move the cursor or clear what the viewer shows. */
  private readonly controls = {
    stdout: new ControlFilter(),
    stderr: new ControlFilter(),
    system: new ControlFilter(),
  };

  constructor(
    private readonly emit: (stream: LogStream, text: string) => void,
    private readonly options: LogTextOptions,
  ) {
    this.maxLine = options.maxLineBytes ?? MAX_LINE_BYTES;
    this.staging = Buffer.allocUnsafe(options.chunkBytes ?? CHUNK_BYTES);
  }

  begin(stream: LogStream, ts: string | null): void {
    this.lines[stream].ts = ts;
  }

  content(stream: LogStream, bytes: Buffer): void {
    const line = this.lines[stream];
    let pos = 0;
    while (pos < bytes.length) {
      if (line.atStart) {
        line.atStart = false;
        if (this.options.timestamps && line.ts !== null) this.writeText(stream, `${line.ts} `);
      }
      const newline = bytes.indexOf(NEWLINE, pos);
      const end = newline === -1 ? bytes.length : newline;
      this.lineBytes(stream, line, bytes, pos, end);
      if (newline === -1) return;
      this.endLine(stream, line);
      pos = newline + 1;
    }
  }

  /** Closes every open line (the body ended): a note that follows starts on a line of its own. */
  endLines(): void {
    for (const stream of ['stdout', 'stderr', 'system'] as const) {
      const line = this.lines[stream];
      if (!line.atStart) this.endLine(stream, line);
    }
  }

  /** A line of Berth's own on the system stream, handed on after what is staged. */
  note(text: string): void {
    this.flush();
    this.emit('system', text);
  }

  /** Hands on what is staged. */
  flush(): void {
    if (this.used === 0) return;
    const decoded = this.decoders[this.current].decode(this.staging.subarray(0, this.used), { stream: true });
    const text = this.controls[this.current].filter(decoded);
    this.used = 0;
    if (text.length > 0) this.emit(this.current, text);
  }

  private lineBytes(stream: LogStream, line: LineState, bytes: Buffer, start: number, end: number): void {
    let pos = start;
    if (!line.dropping) {
      const keep = Math.min(this.maxLine - line.length, end - pos);
      this.write(stream, bytes, pos, pos + keep);
      line.length += keep;
      pos += keep;
      if (pos === end) return;
      line.dropping = true;
      line.grace = MAX_CONTINUATION;
    }
    let whole = pos;
    while (line.grace > 0 && whole < end && ((bytes[whole] ?? 0) & 0xc0) === 0x80) {
      whole++;
      line.grace--;
    }
    if (whole > pos) this.write(stream, bytes, pos, whole);
    if (whole < end) {
      line.grace = 0;
      if (!line.noted) {
        line.noted = true;
        // An escape cut open by the cap must not swallow the marker.
        this.flushControls(stream);
        this.writeText(stream, TRUNCATION_NOTE);
      }
    }
    line.dropped += end - whole;
  }

  private endLine(stream: LogStream, line: LineState): void {
    const dropped = line.dropped;
    // Bytes were dropped only after the marker's head was written (see lineBytes): the tail ends it.
    this.writeText(stream, dropped > 0 ? `${truncationTail(dropped)}\n` : '\n');
    line.atStart = true;
    line.length = 0;
    line.dropping = false;
    line.dropped = 0;
    line.noted = false;
    line.grace = 0;
  }

  private flushControls(stream: LogStream): void {
    this.flush();
    this.controls[stream].reset();
  }

  private select(stream: LogStream): void {
    if (stream === this.current) return;
    this.flush();
    this.current = stream;
  }

  private write(stream: LogStream, bytes: Buffer, start: number, end: number): void {
    this.select(stream);
    let pos = start;
    while (pos < end) {
      if (this.used === this.staging.length) this.flush();
      const take = Math.min(end - pos, this.staging.length - this.used);
      bytes.copy(this.staging, this.used, pos, pos + take);
      this.used += take;
      pos += take;
    }
  }

  private writeText(stream: LogStream, text: string): void {
    this.select(stream);
    // The common case (a timestamp, a newline) goes straight into the staging buffer.
    if (this.staging.length - this.used >= text.length * 3) {
      this.used += this.staging.write(text, this.used, 'utf8');
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    this.write(stream, bytes, 0, bytes.length);
  }
}
