import { describe, expect, it } from 'vitest';
import { FrameDemuxer, type FrameStream } from './frame-demuxer.js';

const frame = (stream: number, payload: string): Buffer => {
  const body = Buffer.from(payload, 'utf8');
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
};

/** Frames reassembled from the demuxer's pieces: [stream, payload] per frame. */
const demux = (pieces: readonly Buffer[]): [FrameStream, string][] => {
  const frames: [FrameStream, Buffer[]][] = [];
  const demuxer = new FrameDemuxer((stream, data, start) => {
    if (start) frames.push([stream, []]);
    const last = frames.at(-1);
    if (!last || last[0] !== stream) throw new Error('piece without a frame start');
    last[1].push(Buffer.from(data));
  });
  for (const piece of pieces) demuxer.write(piece);
  return frames.map(([stream, parts]) => [stream, Buffer.concat(parts).toString('utf8')]);
};

describe('FrameDemuxer', () => {
  const body = Buffer.concat([
    frame(1, 'out one\n'),
    frame(2, 'err one\n'),
    frame(1, 'out two, 日本 🚀\n'),
    frame(3, 'Error grabbing logs: x\n'),
    frame(2, 'err two\n'),
  ]);
  const expected: [FrameStream, string][] = [
    [1, 'out one\n'],
    [2, 'err one\n'],
    [1, 'out two, 日本 🚀\n'],
    [3, 'Error grabbing logs: x\n'],
    [2, 'err two\n'],
  ];

  it('keeps stdout and stderr frames apart and in order', () => {
    expect(demux([body])).toEqual(expected);
  });

  it('gives the same frames whatever byte offset the body is split at (headers included)', () => {
    for (let cut = 1; cut < body.length; cut++) {
      expect(demux([body.subarray(0, cut), body.subarray(cut)])).toEqual(expected);
    }
  });

  it('copes with a body arriving one byte at a time', () => {
    const bytes = [...body].map((b) => Buffer.from([b]));
    expect(demux(bytes)).toEqual(expected);
  });

  it('hands payloads on without copying them', () => {
    const chunk = frame(1, 'abc');
    let seen: Buffer | undefined;
    new FrameDemuxer((_s, data) => (seen = data)).write(chunk);
    expect(seen?.buffer).toBe(chunk.buffer);
  });
});
