import type { FrameStream } from './frame-demuxer.js';

export type LogStream = 'stdout' | 'stderr' | 'system';

/** Where engine messages go: one log line, or one 16 KB part of a longer line, at a time. */
export interface MessageHandler {
  /** A message begins; `ts` is its RFC3339Nano timestamp, null when it has none (engine errors). */
  begin(stream: LogStream, ts: string | null): void;
  /** Bytes of the current message, without its timestamp prefix. */
  content(stream: LogStream, bytes: Buffer): void;
}

/** The engine's json-file copier cuts lines at this size; each part is its own message. */
export const ENGINE_PART_BYTES = 16 * 1024;
/** "2006-01-02T15:04:05.000000000+00:00": anything longer before a space is not a timestamp. */
const MAX_TS = 40;
/** Length of "2006-01-02T15:04:05.000000000Z", the form the engine writes. */
const FIXED_TS = 30;
const SPACE = 0x20;
const NEWLINE = 0x0a;

const STREAMS: Record<FrameStream, LogStream> = { 1: 'stdout', 2: 'stderr', 3: 'system' };

const isDigit = (byte: number): boolean => byte >= 0x30 && byte <= 0x39;
const TS_CHAR: readonly boolean[] = Array.from(
  { length: 256 },
  (_, b) => isDigit(b) || 'TZ:.+-'.includes(String.fromCharCode(b)),
);

/**
 * Turns the logs body into messages (with their timestamps when the body has them). Multiplexed bodies carry one
 * message per frame; a TTY body is one raw byte stream, where a message ends at a newline or
 * after a full engine part, and the next one starts with its own timestamp.
 */
export class MessageReader {
  private readonly tsBytes = Buffer.alloc(MAX_TS);
  private tsLength = 0;
  private readingTs = false;
  private stream: LogStream = 'stdout';
  private partBytes = 0;
  private bodyStart = true;
  private timed = true;

  constructor(private readonly out: MessageHandler) {}

  /** One piece of a multiplexed frame's payload. */
  frame(stream: FrameStream, data: Buffer, start: boolean): void {
    if (start) this.startMessage(STREAMS[stream]);
    this.feed(data, false);
  }

  /** Bytes of a TTY container's body (all of it is stdout). */
  raw(data: Buffer): void {
    if (this.bodyStart) {
      this.bodyStart = false;
      this.startMessage('stdout');
    }
    this.feed(data, true);
  }

  /** A new body begins (after a reopen): its first bytes start a message again. */
  reset(timed = true): void {
    this.timed = timed;
    this.bodyStart = true;
    this.readingTs = false;
    this.tsLength = 0;
  }

  private startMessage(stream: LogStream): void {
    this.stream = stream;
    this.readingTs = this.timed && stream !== 'system';
    this.tsLength = 0;
    this.partBytes = 0;
    if (!this.readingTs) this.out.begin(stream, null);
  }

  private feed(data: Buffer, tty: boolean): void {
    let pos = 0;
    while (pos < data.length) {
      if (this.readingTs) {
        pos = this.readTs(data, pos);
        continue;
      }
      if (!tty) {
        this.out.content(this.stream, pos === 0 ? data : data.subarray(pos));
        return;
      }
      // A TTY message ends after its newline or when it fills an engine part.
      const limit = Math.min(data.length, pos + ENGINE_PART_BYTES - this.partBytes);
      const newline = data.indexOf(NEWLINE, pos);
      const end = newline >= 0 && newline < limit ? newline + 1 : limit;
      this.out.content(this.stream, data.subarray(pos, end));
      this.partBytes += end - pos;
      pos = end;
      if (this.partBytes === ENGINE_PART_BYTES || data[end - 1] === NEWLINE) this.startMessage('stdout');
    }
  }

  /** Collects the timestamp prefix (it may be split across chunks); returns where content starts. */
  private readTs(data: Buffer, pos: number): number {
    // Fast path: the engine's own fixed-width UTC form, whole in this piece.
    if (
      this.tsLength === 0 &&
      data[pos + FIXED_TS] === SPACE &&
      data[pos + FIXED_TS - 1] === 0x5a &&
      isDigit(data[pos] ?? 0)
    ) {
      this.readingTs = false;
      this.out.begin(this.stream, data.toString('latin1', pos, pos + FIXED_TS));
      return pos + FIXED_TS + 1;
    }
    for (let i = pos; i < data.length; i++) {
      const byte = data[i] ?? 0;
      if (byte === SPACE && this.tsLength > 0) {
        this.readingTs = false;
        const ts = this.tsBytes.toString('latin1', 0, this.tsLength);
        this.tsLength = 0;
        this.out.begin(this.stream, ts);
        return i + 1;
      }
      if (this.tsLength === MAX_TS || !(this.tsLength === 0 ? isDigit(byte) : TS_CHAR[byte])) {
        // Not a timestamp after all: what was held is content of an unstamped message.
        this.readingTs = false;
        const held = Buffer.from(this.tsBytes.subarray(0, this.tsLength));
        this.tsLength = 0;
        this.out.begin(this.stream, null);
        if (held.length > 0) this.content(held);
        return i;
      }
      this.tsBytes[this.tsLength++] = byte;
    }
    return data.length;
  }

  private content(bytes: Buffer): void {
    this.out.content(this.stream, bytes);
    this.partBytes += bytes.length;
  }
}
