import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';

describe('backoffDelay', () => {
  const options = { initialMs: 100, maxMs: 1_000, jitter: 0.2 };

  it('doubles from the initial delay and stops at the cap', () => {
    const mid = { ...options, random: () => 0.5 };
    expect([1, 2, 3, 4, 5, 9].map((n) => backoffDelay(n, mid))).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('spreads each delay by the jitter fraction', () => {
    expect(backoffDelay(3, { ...options, random: () => 0 })).toBe(320);
    expect(backoffDelay(3, { ...options, random: () => 0.999999 })).toBe(480);
  });
});
