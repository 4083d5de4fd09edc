import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogsQueryPlan, type LogsRequest } from './log-query.js';
import { splitAt } from './resume-cursor.js';

const NOW = Date.UTC(2026, 10, 27, 22, 44, 50, 123);

const request = (over: Partial<LogsRequest> = {}): LogsRequest => ({
  ref: 'web',
  tail: 1000,
  timestamps: false,
  follow: true,
  ...over,
});

describe('LogsQueryPlan', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks first for the history wanted, with timestamps, then on from the last delivered one', () => {
    const plan = new LogsQueryPlan(request({ since: 5 }));
    expect(plan.reopening).toBe(false);
    expect(plan.next(true, null)).toEqual({ timestamps: true, tail: 1000, since: 5 });
    plan.opened();
    expect(plan.reopening).toBe(true);
    expect(plan.next(true, '1795819490.000000001')).toEqual({
      timestamps: true,
      tail: 'all',
      since: '1795819490.000000001',
    });
  });

  it('ends a non-following body at the instant it opened', () => {
    const plan = new LogsQueryPlan(request({ follow: false }));
    expect(plan.next(true, null)).toEqual({
      timestamps: true,
      until: (NOW / 1000).toFixed(3),
      tail: 1000,
    });
  });

  it("reads a stopped container's whole untimed history without timestamps, then on from that instant", () => {
    const split = splitAt(NOW);
    const plan = new LogsQueryPlan(request({ tail: 'all' }));
    expect(plan.splitting).toBe(true);
    expect(plan.next(false, null)).toEqual({ timestamps: false, tail: 'all', until: split.until });
    plan.opened();
    // Cut part-way: the same history again (the cursor counts off what was shown).
    expect(plan.next(false, null)).toEqual({ timestamps: false, tail: 'all', until: split.until });
    expect(plan.endedWhole()).toBe(split.since);
    expect(plan.splitting).toBe(false);
    expect(plan.endedWhole()).toBeNull();
  });

  it("does not split a running container's history", () => {
    const plan = new LogsQueryPlan(request({ tail: 'all' }));
    expect(plan.next(true, null)).toEqual({ timestamps: true, tail: 'all' });
    expect(plan.splitting).toBe(false);
  });

  it('with nothing delivered, reopens the same history, or (none wanted) what came since opening', () => {
    const some = new LogsQueryPlan(request({ tail: 10 }));
    some.opened();
    expect(some.next(true, null)).toEqual({ timestamps: true, tail: 10 });
    const none = new LogsQueryPlan(request({ tail: 0 }));
    none.opened();
    expect(none.next(true, null)).toEqual({ timestamps: true, tail: 'all', since: Math.floor(NOW / 1000) });
  });
});
