import { afterEach, describe, expect, it, vi } from 'vitest';
import { Emitter } from './emitter.js';

describe('Emitter', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('delivers each value to every listener, in subscription order', () => {
    const emitter = new Emitter<number>();
    const seen: string[] = [];
    emitter.on((n) => seen.push(`a${n}`));
    emitter.on((n) => seen.push(`b${n}`));
    emitter.fire(1);
    emitter.fire(2);
    expect(seen).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('stops delivering once the subscription is disposed, and disposing twice is harmless', () => {
    const emitter = new Emitter<string>();
    const seen: string[] = [];
    const sub = emitter.on((s) => seen.push(s));
    emitter.fire('kept');
    sub.dispose();
    sub.dispose();
    emitter.fire('dropped');
    expect(seen).toEqual(['kept']);
    expect(emitter.size).toBe(0);
  });

  it('keeps notifying the others when one listener throws, and logs the failure', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    emitter.on(() => {
      throw new Error('boom');
    });
    emitter.on((n) => seen.push(n));
    expect(() => {
      emitter.fire(7);
    }).not.toThrow();
    expect(seen).toEqual([7]);
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('fires to the listeners present when it started, even if one unsubscribes another', () => {
    const emitter = new Emitter<void>();
    const seen: string[] = [];
    const second = { dispose: (): void => undefined };
    emitter.on(() => {
      seen.push('first');
      second.dispose();
    });
    const sub = emitter.on(() => seen.push('second'));
    second.dispose = () => {
      sub.dispose();
    };
    emitter.fire();
    emitter.fire();
    expect(seen).toEqual(['first', 'second', 'first']);
  });

  it('subscribes the same function once, and drops every listener on dispose', () => {
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    const listener = (n: number): void => {
      seen.push(n);
    };
    emitter.on(listener);
    emitter.on(listener);
    emitter.fire(1);
    emitter.dispose();
    emitter.fire(2);
    expect(seen).toEqual([1]);
    expect(emitter.size).toBe(0);
  });
});
