import { afterEach, describe, expect, it, vi } from 'vitest';
import { subscribeEvery } from './use-clock.js';

describe('the shared clock', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs one timer per step for all its subscribers, and none once they are gone', () => {
    vi.useFakeTimers();
    const subscribe = subscribeEvery(1000);
    expect(subscribeEvery(1000)).toBe(subscribe);
    const a = vi.fn();
    const b = vi.fn();
    const stopA = subscribe(a);
    const stopB = subscribe(b);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3000);
    expect(a).toHaveBeenCalledTimes(3);
    expect(b).toHaveBeenCalledTimes(3);
    stopA();
    vi.advanceTimersByTime(1000);
    expect(a).toHaveBeenCalledTimes(3);
    expect(b).toHaveBeenCalledTimes(4);
    stopB();
    expect(vi.getTimerCount()).toBe(0);
    const stopAgain = subscribe(a);
    expect(vi.getTimerCount()).toBe(1);
    stopAgain();
  });
});
