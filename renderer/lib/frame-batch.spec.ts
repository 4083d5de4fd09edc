import { describe, expect, it } from 'vitest';
import { frameBatch } from './frame-batch.js';

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
