import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle.js';

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once for a burst, after the interval', () => {
    const fn = vi.fn();
    const request = throttle(fn, 200);
    for (let i = 0; i < 50; i++) request();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('keeps running once per interval under a steady stream', () => {
    const fn = vi.fn();
    const request = throttle(fn, 200);
    for (let t = 0; t < 1000; t += 10) {
      request();
      vi.advanceTimersByTime(10);
    }
    expect(fn).toHaveBeenCalledTimes(5);
  });

  it('runs nothing after dispose', () => {
    const fn = vi.fn();
    const request = throttle(fn, 200);
    request();
    request.dispose();
    request();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
