import { describe, expect, it } from 'vitest';
import { FrameDemuxer } from './frame-demuxer.js';
import { ENGINE_PART_BYTES, MessageReader, type LogStream } from './log-messages.js';
import { LogText, TRUNCATION_NOTE, truncationMarker, type LogTextOptions } from './log-text.js';

const TS = '2026-11-27T22:44:50.042607025Z';

const frame = (stream: number, payload: Buffer | string): Buffer => {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
};

/** Messages as the engine writes them: timestamp, space, text (at most one engine part each). */
const stamped = (stream: number, text: Buffer | string, ts = TS): Buffer =>
  frame(stream, Buffer.concat([Buffer.from(`${ts} `), Buffer.from(text)]));

/** The whole pipeline below the lifecycle: frames or TTY bytes in, text chunks out. */
const pipeline = (options: Partial<LogTextOptions> & { tty?: boolean; untimed?: boolean } = {}) => {
  const chunks: { stream: LogStream; text: string }[] = [];
  const text = new LogText((stream, t) => chunks.push({ stream, text: t }), {
    timestamps: false,
    ...options,
  });
  const reader = new MessageReader(text);
  if (options.untimed) reader.reset(false);
  const demuxer = new FrameDemuxer((stream, data, start) => reader.frame(stream, data, start));
  return {
    chunks,
    write(...pieces: Buffer[]) {
      for (const piece of pieces) {
        if (options.tty) reader.raw(piece);
        else demuxer.write(piece);
        text.flush();
      }
    },
    end() {
      text.endLines();
      text.flush();
    },
    out(stream: LogStream = 'stdout') {
      return chunks
        .filter((c) => c.stream === stream)
        .map((c) => c.text)
        .join('');
    },
  };
};

describe('log text', () => {
  it('strips the engine timestamps, or keeps them in front of each line when asked', () => {
    const body = Buffer.concat([stamped(1, 'one\n'), stamped(2, 'oops\n'), stamped(1, 'two\n')]);
    const plain = pipeline();
    plain.write(body);
    expect(plain.chunks).toEqual([
      { stream: 'stdout', text: 'one\n' },
      { stream: 'stderr', text: 'oops\n' },
      { stream: 'stdout', text: 'two\n' },
    ]);
    const kept = pipeline({ timestamps: true });
    kept.write(body);
    expect(kept.out()).toBe(`${TS} one\n${TS} two\n`);
    expect(kept.out('stderr')).toBe(`${TS} oops\n`);
  });

  it('reads an untimed body as it is, even lines that start like a timestamp', () => {
    const p = pipeline({ untimed: true });
    p.write(frame(1, `${TS} looks stamped\n`), frame(2, '42 answers\n'));
    expect(p.out()).toBe(`${TS} looks stamped\n`);
    expect(p.out('stderr')).toBe('42 answers\n');
    const tty = pipeline({ untimed: true, tty: true });
    tty.write(Buffer.from('7 lines\r\n8 more\r\n'));
    expect(tty.out()).toBe('7 lines\r\n8 more\r\n');
  });

  it('batches many lines into one chunk per stream, up to the chunk size', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => stamped(1, `line ${i}\n`));
    const p = pipeline();
    p.write(Buffer.concat(lines));
    expect(p.out()).toBe(Array.from({ length: 10_000 }, (_, i) => `line ${i}\n`).join(''));
    expect(p.chunks.length).toBeLessThan(3);
    expect(Math.max(...p.chunks.map((c) => c.text.length))).toBeLessThanOrEqual(64 * 1024);
  });

  it('decodes CJK and emoji split across chunks at every byte offset', () => {
    const text = '日本語のログ 🚀🎉 한국어 ✓\n';
    const body = Buffer.concat([stamped(1, text), stamped(2, text)]);
    for (let cut = 1; cut < body.length; cut++) {
      const p = pipeline();
      p.write(body.subarray(0, cut), body.subarray(cut));
      expect(p.out()).toBe(text);
      expect(p.out('stderr')).toBe(text);
    }
  });

  it('keeps a character whole when another stream interleaves between its bytes', () => {
    const rocket = Buffer.from('🚀\n');
    const p = pipeline();
    // The engine cut a line in parts mid-character (a long line), with stderr in between.
    p.write(stamped(1, rocket.subarray(0, 2)), stamped(2, 'err\n'), stamped(1, rocket.subarray(2)));
    expect(p.out()).toBe('🚀\n');
    expect(p.out('stderr')).toBe('err\n');
  });

  it('shows invalid bytes as U+FFFD', () => {
    const p = pipeline();
    p.write(stamped(1, Buffer.from([0x62, 0xff, 0xfe, 0x0a])), stamped(1, Buffer.from([0xc3, 0x0a])));
    expect(p.out()).toBe('b\uFFFD\uFFFD\n\uFFFD\n');
  });

  it('passes HTML through unchanged (the renderer shows it as text) but not terminal link escapes', () => {
    const html = '<script>alert(1)</script> <img src=x onerror=alert(2)> ';
    const p = pipeline();
    p.write(stamped(1, `${html}\x1b]8;;http://x\x07link\x1b]8;;\x07\n`));
    expect(p.out()).toBe(`${html}link\n`);
  });

  it('shows the truncation marker even when the cap cuts a line inside an escape', () => {
    const p = pipeline({ maxLineBytes: 8 });
    p.write(stamped(1, 'abc\x1b]0;title that goes on\n'), stamped(1, 'next\n'));
    expect(p.out()).toBe(`abc${truncationMarker(17)}\nnext\n`);
  });

  it('keeps colours but not cursor movement or screen clearing, also across engine messages', () => {
    const p = pipeline();
    p.write(
      stamped(1, 'one\x1b[2J\x1b[H\n'),
      stamped(1, '\x1b[1A\x1b[2K\x1b[3'),
      stamped(1, '2mtwo\x1b[0m\n'),
    );
    expect(p.out()).toBe('one\n\x1b[32mtwo\x1b[0m\n');
  });

  it('caps a line at 16 KB with a marker counting the bytes dropped, across engine parts', () => {
    const p = pipeline();
    const parts = [ENGINE_PART_BYTES, ENGINE_PART_BYTES, 5_000];
    for (const [i, size] of parts.entries()) {
      p.write(stamped(1, 'x'.repeat(size) + (i === parts.length - 1 ? '\n' : '')));
    }
    p.write(stamped(1, 'next\n'));
    const dropped = ENGINE_PART_BYTES + 5_000;
    expect(p.out()).toBe(`${'x'.repeat(16 * 1024)}${truncationMarker(dropped)}\nnext\n`);
  });

  it('keeps memory bounded and does not stall on a 10 MB line without newline', () => {
    const p = pipeline();
    const part = 'a'.repeat(ENGINE_PART_BYTES);
    const started = performance.now();
    for (let i = 0; i < 610; i++) p.write(stamped(1, part));
    p.end();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(p.out()).toBe(`${'a'.repeat(16 * 1024)}${truncationMarker(609 * ENGINE_PART_BYTES)}\n`);
  });

  it('says a line is truncated as soon as bytes are dropped, not when (or if) its newline arrives', () => {
    const p = pipeline();
    p.write(stamped(1, 'z'.repeat(16 * 1024)));
    expect(p.out()).toBe('z'.repeat(16 * 1024));
    p.write(stamped(1, 'z'.repeat(ENGINE_PART_BYTES)));
    expect(p.out()).toBe(`${'z'.repeat(16 * 1024)}${TRUNCATION_NOTE}`);
    p.write(stamped(1, 'z'.repeat(ENGINE_PART_BYTES)));
    expect(p.out()).toBe(`${'z'.repeat(16 * 1024)}${TRUNCATION_NOTE}`);
    p.write(stamped(1, 'zz\n'));
    expect(p.out()).toBe(`${'z'.repeat(16 * 1024)}${truncationMarker(2 * ENGINE_PART_BYTES + 2)}\n`);
  });

  it('does not cut a multi-byte character at the cap', () => {
    const p = pipeline({ maxLineBytes: 5 });
    p.write(stamped(1, 'abcd日本\n'));
    expect(p.out()).toBe(`abcd日${truncationMarker(3)}\n`);
  });

  it('reads a TTY body: raw bytes, no frames, a new timestamp after each newline or full engine part', () => {
    const long = 'y'.repeat(ENGINE_PART_BYTES);
    const body = Buffer.from(`${TS} hello\r\n${TS} ${long}${TS} zz\r\n${TS} 日本\r\n`);
    for (const cut of [1, 10, 31, 40, ENGINE_PART_BYTES + 45, body.length - 3]) {
      const p = pipeline({ tty: true, maxLineBytes: 64 * 1024 });
      p.write(body.subarray(0, cut), body.subarray(cut));
      expect(p.out()).toBe(`hello\r\n${long}zz\r\n日本\r\n`);
    }
  });

  it('closes an open line at the end of the body, so a note after it starts on its own line', () => {
    const p = pipeline();
    p.write(stamped(1, 'no newline'));
    p.end();
    expect(p.out()).toBe('no newline\n');
  });

  it('shows an engine error frame (stream 3, no timestamp) as a system line', () => {
    const p = pipeline();
    p.write(frame(3, 'Error grabbing logs: boom\n'));
    expect(p.out('system')).toBe('Error grabbing logs: boom\n');
  });
});
