import { describe, expect, it } from 'vitest';
import { createWriteBatcher, type WriteBatcherOptions } from './write-batcher.js';

const setup = (options: Partial<WriteBatcherOptions> = {}) => {
  const writes: { data: string; done: () => void }[] = [];
  const acks: number[] = [];
  const frames: (() => void)[] = [];
  const drops: number[] = [];
  const batcher = createWriteBatcher({
    write: (data, done) => writes.push({ data, done }),
    ack: (bytes) => acks.push(bytes),
    schedule: (run) => {
      frames.push(run);
      return () => {
        const i = frames.indexOf(run);
        if (i >= 0) frames.splice(i, 1);
      };
    },
    onDrop: (lines) => drops.push(lines),
    ...options,
  });
  const frame = (): void => {
    const due = frames.splice(0);
    for (const run of due) run();
  };
  return { batcher, writes, acks, frames, drops, frame };
};

describe('write batcher', () => {
  it('joins the chunks of one frame into one write and acks in the write callback', () => {
    const { batcher, writes, acks, frame } = setup();
    batcher.push('a\n', 2);
    batcher.push('b\n', 2);
    batcher.push('c', 1);
    expect(writes).toHaveLength(0);
    frame();
    expect(writes.map((w) => w.data)).toEqual(['a\nb\nc']);
    expect(acks).toEqual([]);
    writes[0]?.done();
    expect(acks).toEqual([5]);
  });

  it('keeps several writes in flight and starts the next from a write callback, not a frame', () => {
    const { batcher, writes, acks, frame, frames } = setup({ maxWrite: 2, maxWrites: 2 });
    batcher.push('aabbccdd', 8);
    frame();
    expect(writes.map((w) => w.data)).toEqual(['aa', 'bb']);
    writes[0]?.done();
    expect(frames).toHaveLength(0);
    expect(writes.map((w) => w.data)).toEqual(['aa', 'bb', 'cc']);
    writes[1]?.done();
    writes[2]?.done();
    writes[3]?.done();
    expect(writes.map((w) => w.data)).toEqual(['aa', 'bb', 'cc', 'dd']);
    expect(acks).toEqual([8]);
    // Idle again: the next text waits for the schedule once more.
    batcher.push('e', 1);
    expect(writes).toHaveLength(4);
    expect(frames).toHaveLength(1);
  });

  it('joins whole chunks up to maxWrite without splitting the one that does not fit', () => {
    const { batcher, writes, frame } = setup({ maxWrite: 5 });
    batcher.push('abc', 3);
    batcher.push('def', 3);
    batcher.push('g', 1);
    frame();
    expect(writes.map((w) => w.data)).toEqual(['abc', 'defg']);
  });

  it('by default writes the chunks pushed in one task as one write, a microtask later', async () => {
    const writes: string[] = [];
    const batcher = createWriteBatcher({
      write: (data) => writes.push(data),
      ack: () => undefined,
    });
    batcher.push('a', 1);
    batcher.push('b', 1);
    expect(writes).toEqual([]);
    await Promise.resolve();
    expect(writes).toEqual(['ab']);
  });

  it('schedules one frame however many chunks arrive', () => {
    const { batcher, frames } = setup();
    for (let i = 0; i < 100; i++) batcher.push('x', 1);
    expect(frames).toHaveLength(1);
  });

  it('waits for the terminal while too much is in flight', () => {
    const { batcher, writes, acks, frame } = setup({ maxInFlight: 4 });
    batcher.push('12345', 5);
    frame();
    batcher.push('678', 3);
    frame();
    expect(writes).toHaveLength(1);
    expect(batcher.queued).toBe(3);
    writes[0]?.done();
    frame();
    expect(writes.map((w) => w.data)).toEqual(['12345', '678']);
    writes[1]?.done();
    expect(acks).toEqual([5, 3]);
  });

  it('splits a long chunk across writes and acks its bytes with the last piece', () => {
    const { batcher, writes, acks, frame } = setup({ maxWrite: 4 });
    batcher.push('abcdefghij', 10);
    frame();
    writes[0]?.done();
    frame();
    writes[1]?.done();
    frame();
    writes[2]?.done();
    expect(writes.map((w) => w.data)).toEqual(['abcd', 'efgh', 'ij']);
    expect(acks).toEqual([10]);
  });

  it('holds writes (and so acks) while paused, then catches up', () => {
    const { batcher, writes, frame, acks } = setup();
    batcher.setHeld(true);
    batcher.push('a', 1);
    frame();
    expect(writes).toHaveLength(0);
    batcher.setHeld(false);
    frame();
    writes[0]?.done();
    expect(acks).toEqual([1]);
  });

  it('acks empty chunks at once, or with the text still waiting before them', () => {
    const { batcher, writes, acks, frame } = setup();
    batcher.push('', 7);
    expect(acks).toEqual([7]);
    batcher.push('x', 1);
    batcher.push('', 2);
    frame();
    writes[0]?.done();
    expect(acks).toEqual([7, 3]);
  });

  it('over the queue bound drops the oldest text, counts its lines and acks its bytes', () => {
    const { batcher, drops, acks, frame, writes } = setup({ maxQueued: 6 });
    batcher.setHeld(true);
    batcher.push('1\n2\n', 4);
    batcher.push('3\n', 2);
    batcher.push('4\n5\n', 4);
    expect(drops).toEqual([2]);
    expect(acks).toEqual([4]);
    batcher.setHeld(false);
    frame();
    expect(writes.map((w) => w.data)).toEqual(['3\n4\n5\n']);
  });

  it('after dispose writes and acks nothing', () => {
    const { batcher, writes, acks, frame } = setup();
    batcher.push('a', 1);
    frame();
    batcher.push('b', 1);
    batcher.dispose();
    writes[0]?.done();
    frame();
    expect(writes).toHaveLength(1);
    expect(acks).toEqual([]);
  });
});
