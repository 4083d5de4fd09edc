import { describe, expect, it } from 'vitest';
import { LivenessMonitor, type Clock } from './liveness.js';

/** Time moves only when the test says so; timers fire in order as it passes them. */
class FakeClock implements Clock {
  private time = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; fn: () => void }>();

  now(): number {
    return this.time;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].fn();
      await flush();
    }
    this.time = Math.max(this.time, end);
    await flush();
  }
  /** Berth's own process stalls: time passes and no timer runs until the next advance. */
  stall(ms: number): void {
    this.time += ms;
  }
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

/** A fake engine: each ping waits until the test answers it, fails it, or its signal aborts. */
class FakeEngine {
  frozen = false;
  readonly pings: { settled: boolean; answer: () => void; fail: (err: Error) => void }[] = [];
  /** Pings the engine holds right now (neither answered nor given up by the caller). */
  get pending(): number {
    return this.pings.filter((p) => !p.settled).length;
  }
  probe = (signal: AbortSignal): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const ping = {
        settled: false,
        answer: () => {
          ping.settled = true;
          resolve('OK');
        },
        fail: (err: Error) => {
          ping.settled = true;
          reject(err);
        },
      };
      this.pings.push(ping);
      signal.addEventListener('abort', () => {
        ping.fail(Object.assign(new Error('aborted'), { name: 'AbortError' }));
      });
      if (!this.frozen) queueMicrotask(ping.answer);
    });
  resume(): void {
    this.frozen = false;
    for (const ping of this.pings) if (!ping.settled) ping.answer();
  }
}

const setup = (options: { frozen?: boolean } = {}) => {
  const clock = new FakeClock();
  const engine = new FakeEngine();
  engine.frozen = options.frozen ?? false;
  const changes: boolean[] = [];
  const lost: unknown[] = [];
  const monitor = new LivenessMonitor({
    probe: engine.probe,
    onResponding: (r) => changes.push(r),
    onLost: (err) => lost.push(err),
    clock,
    suspectAfterMs: 1_000,
    probeTimeoutMs: 2_000,
    quietMs: 2_000,
    recoveryProbeTimeoutMs: 10_000,
  });
  return { clock, engine, changes, lost, monitor };
};

describe('LivenessMonitor', () => {
  it('makes no engine call while nothing happens, however long', async () => {
    const { clock, engine, monitor } = setup();
    await clock.advance(3_600_000);
    expect(engine.pings).toHaveLength(0);
    monitor.dispose();
  });

  it('does not ping for calls that are answered in time, nor for a slow call when the engine spoke meanwhile', async () => {
    const { clock, engine, monitor } = setup();
    const done = monitor.callStarted();
    await clock.advance(900);
    done();
    await clock.advance(5_000);
    const slow = monitor.callStarted();
    await clock.advance(500);
    monitor.heard(); // e.g. an event arrived: the engine is alive, the call is just slow
    await clock.advance(5_000);
    slow();
    expect(engine.pings).toHaveLength(0);
    monitor.dispose();
  });

  it('says "not responding" 3 s after a call goes unanswered, with one ping however many calls wait', async () => {
    const { clock, engine, changes, monitor } = setup({ frozen: true });
    const calls = Array.from({ length: 20 }, () => monitor.callStarted());
    await clock.advance(1_000);
    expect(engine.pings).toHaveLength(1);
    await clock.advance(1_999);
    expect(changes).toEqual([]);
    await clock.advance(1);
    expect(changes).toEqual([false]);
    expect(monitor.responding).toBe(false);
    // From now on one ping waits at the engine; new doubts add none.
    expect(engine.pending).toBe(1);
    monitor.callStarted();
    monitor.demand();
    await clock.advance(1_000);
    expect(engine.pending).toBe(1);
    for (const settle of calls) settle();
    monitor.dispose();
  });

  it('recovers the moment the engine answers the ping waiting there, with no polling in between', async () => {
    const { clock, engine, changes, monitor } = setup({ frozen: true });
    monitor.callStarted();
    await clock.advance(3_000);
    expect(changes).toEqual([false]);
    // A long freeze: the waiting ping is renewed every 10 s, never more than one at a time.
    await clock.advance(60_000);
    expect(engine.pings.length).toBe(2 + 6);
    expect(engine.pending).toBe(1);
    engine.resume();
    await flush();
    expect(changes).toEqual([false, true]);
    expect(engine.pending).toBe(0);
    await clock.advance(60_000);
    expect(engine.pings.length).toBe(8);
    monitor.dispose();
  });

  it('recovers on any byte from the engine (the event stream), and drops the waiting ping', async () => {
    const { clock, engine, changes, monitor } = setup({ frozen: true });
    monitor.callStarted();
    await clock.advance(3_000);
    monitor.heard();
    expect(changes).toEqual([false, true]);
    expect(engine.pending).toBe(0);
    monitor.dispose();
  });

  it('pings on a view request only after the engine has been quiet, and only once at a time', async () => {
    const { clock, engine, changes, monitor } = setup();
    monitor.demand();
    expect(engine.pings).toHaveLength(0);
    await clock.advance(1_999);
    monitor.demand();
    expect(engine.pings).toHaveLength(0);
    await clock.advance(1);
    engine.frozen = true;
    monitor.demand();
    monitor.demand();
    expect(engine.pings).toHaveLength(1);
    await clock.advance(2_000);
    expect(changes).toEqual([false]);
    monitor.dispose();
  });

  it('an answered view probe counts as hearing from the engine', async () => {
    const { clock, engine, monitor } = setup();
    await clock.advance(5_000);
    monitor.demand();
    await flush();
    expect(engine.pings).toHaveLength(1);
    monitor.demand();
    await clock.advance(1_000);
    monitor.demand();
    expect(engine.pings).toHaveLength(1);
    monitor.dispose();
  });

  it('does not call the engine frozen when something else came back from it during the ping', async () => {
    const { clock, engine, changes, monitor } = setup({ frozen: true });
    monitor.callStarted();
    await clock.advance(1_000);
    expect(engine.pings).toHaveLength(1);
    await clock.advance(1_500);
    monitor.heard(); // e.g. another call was answered: the engine is slow, not stopped
    await clock.advance(500);
    expect(changes).toEqual([]);
    expect(monitor.responding).toBe(true);
    expect(engine.pending).toBe(0);
    monitor.dispose();
  });

  it('gives an answer queued behind a late deadline (Berth itself was stalled) a moment to be read', async () => {
    const { clock, engine, changes, monitor } = setup({ frozen: true });
    monitor.callStarted();
    await clock.advance(1_000);
    clock.stall(3_000); // the process did not run: the deadline fires 1 s late
    await clock.advance(0);
    expect(changes).toEqual([]);
    engine.resume(); // the answer that was waiting to be read
    await flush();
    expect(changes).toEqual([]);
    expect(monitor.responding).toBe(true);
    monitor.dispose();
  });

  it('still decides after the one extension when the engine truly does not answer', async () => {
    const { clock, changes, monitor } = setup({ frozen: true });
    monitor.callStarted();
    await clock.advance(1_000);
    clock.stall(3_000);
    await clock.advance(0);
    expect(changes).toEqual([]);
    await clock.advance(500);
    expect(changes).toEqual([false]);
    monitor.dispose();
  });

  it('hands a ping refused outright (socket gone) to onLost instead of "not responding"', async () => {
    const { engine, changes, lost, monitor } = setup({ frozen: true });
    monitor.check();
    engine.pings[0]?.fail(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
    await flush();
    expect(changes).toEqual([]);
    expect(lost).toHaveLength(1);
    monitor.dispose();
  });

  it('stops everything on dispose', async () => {
    const { clock, engine, changes, monitor } = setup({ frozen: true });
    monitor.callStarted();
    await clock.advance(1_500);
    monitor.dispose();
    expect(engine.pending).toBe(0);
    await clock.advance(60_000);
    expect(changes).toEqual([]);
    expect(engine.pings).toHaveLength(1);
  });
});
