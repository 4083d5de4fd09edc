import { describe, expect, it } from 'vitest';
import { frameBatch, frameBatchAll } from './frame-batch.js';

describe('frameBatch', () => {
  it('applies everything pushed before the frame together, in order, and schedules once per frame', () => {
    const frames: (() => void)[] = [];
    const applied: number[] = [];
    const push = frameBatch<number>(
      (n) => applied.push(n),
      () => false,
      (run) => frames.push(run),
    );
    push(1);
    push(2);
    push(3);
    expect(applied).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]?.();
    expect(applied).toEqual([1, 2, 3]);
    push(4);
    expect(frames).toHaveLength(2);
    frames[1]?.();
    expect(applied).toEqual([1, 2, 3, 4]);
  });

  it('applies an urgent item at once, after what was queued before it; a frame later finds nothing left', () => {
    const frames: (() => void)[] = [];
    const applied: number[] = [];
    const push = frameBatch<number>(
      (n) => applied.push(n),
      (n) => n === 0,
      (run) => frames.push(run),
    );
    push(1);
    push(0);
    expect(applied).toEqual([1, 0]);
    frames[0]?.();
    expect(applied).toEqual([1, 0]);
  });
});

describe('frameBatchAll', () => {
  it("hands a frame's items over together, in order; an urgent one takes what was queued with it", () => {
    const frames: (() => void)[] = [];
    const applied: number[][] = [];
    const push = frameBatchAll<number>(
      (items) => applied.push([...items]),
      (n) => n === 0,
      (run) => frames.push(run),
    );
    push(1);
    push(2);
    expect(applied).toEqual([]);
    frames[0]?.();
    expect(applied).toEqual([[1, 2]]);
    push(3);
    push(0);
    expect(applied).toEqual([
      [1, 2],
      [3, 0],
    ]);
    // The frame scheduled for 3 finds nothing left: nothing is handed over empty.
    frames[1]?.();
    expect(applied).toEqual([
      [1, 2],
      [3, 0],
    ]);
  });
});
