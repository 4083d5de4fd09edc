import { describe, expect, it } from 'vitest';
import { ResizeCoalescer, type TerminalSize } from './resize-coalescer.js';

/** An engine stand-in whose resize calls finish only when the test says so. */
const controlledEngine = () => {
  const calls: TerminalSize[] = [];
  const pending: (() => void)[] = [];
  const failing: ((err: Error) => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const apply = (size: TerminalSize): Promise<void> => {
    calls.push(size);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<void>((resolve, reject) => {
      pending.push(() => {
        inFlight--;
        resolve();
      });
      failing.push((err) => {
        inFlight--;
        reject(err);
      });
    });
  };
  const settle = async (ok = true): Promise<void> => {
    const done = ok ? pending.shift() : undefined;
    const fail = failing.shift();
    if (ok) done?.();
    else fail?.(new Error('no such exec'));
    // Let the coalescer see the result and start its next call.
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { apply, calls, settle, maxInFlight: () => maxInFlight };
};

const size = (cols: number, rows: number): TerminalSize => ({ cols, rows });

describe('ResizeCoalescer', () => {
  it('keeps one call in flight and applies only the latest of a storm, last', async () => {
    const engine = controlledEngine();
    const coalescer = new ResizeCoalescer(engine.apply);
    for (let cols = 80; cols <= 180; cols++) coalescer.request(size(cols, 24));
    expect(engine.calls).toEqual([size(80, 24)]);
    await engine.settle();
    expect(engine.calls).toEqual([size(80, 24), size(180, 24)]);
    await engine.settle();
    expect(engine.calls).toHaveLength(2);
    expect(engine.maxInFlight()).toBe(1);
  });

  it('skips a size that is already applied, but applies a return to it after another size', async () => {
    const engine = controlledEngine();
    const coalescer = new ResizeCoalescer(engine.apply);
    coalescer.request(size(80, 24));
    await engine.settle();
    coalescer.request(size(80, 24));
    expect(engine.calls).toHaveLength(1);
    coalescer.request(size(100, 30));
    coalescer.request(size(90, 30));
    coalescer.request(size(80, 24)); // back where it is while 100x30 is in flight
    await engine.settle();
    await engine.settle();
    expect(engine.calls).toEqual([size(80, 24), size(100, 30), size(80, 24)]);
  });

  it('reports a failed call, does not retry it, and still applies a newer size', async () => {
    const engine = controlledEngine();
    const errors: unknown[] = [];
    const coalescer = new ResizeCoalescer(engine.apply, (err) => errors.push(err));
    coalescer.request(size(80, 24));
    await engine.settle(false);
    expect(errors).toHaveLength(1);
    expect(engine.calls).toHaveLength(1);
    coalescer.request(size(81, 24));
    coalescer.request(size(82, 24));
    await engine.settle(false);
    expect(engine.calls).toEqual([size(80, 24), size(81, 24), size(82, 24)]);
    await engine.settle();
    expect(engine.calls).toHaveLength(3);
  });

  it('does nothing after dispose', async () => {
    const engine = controlledEngine();
    const coalescer = new ResizeCoalescer(engine.apply);
    coalescer.request(size(80, 24));
    coalescer.request(size(90, 24));
    coalescer.dispose();
    await engine.settle();
    coalescer.request(size(100, 24));
    expect(engine.calls).toEqual([size(80, 24)]);
  });
});
