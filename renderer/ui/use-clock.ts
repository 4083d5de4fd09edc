import { useSyncExternalStore } from 'react';

type Subscribe = (onChange: () => void) => () => void;

// One subscribe function and one timer per step, shared by every view that ticks at that step
// (every row of a list ages from the same clock).
const subscribers = new Map<number, Subscribe>();

export const subscribeEvery = (stepMs: number): Subscribe => {
  let subscribe = subscribers.get(stepMs);
  if (!subscribe) {
    const listeners = new Set<() => void>();
    let timer: ReturnType<typeof setInterval> | undefined;
    subscribe = (onChange) => {
      listeners.add(onChange);
      timer ??= setInterval(() => {
        for (const listener of [...listeners]) listener();
      }, stepMs);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    };
    subscribers.set(stepMs, subscribe);
  }
  return subscribe;
};

/**
 * The current time, rounded down to `stepMs`, re-rendering once per step. The snapshot is a
 * pure function of the clock bucket, so every read within a step agrees.
 */
export const useClock = (stepMs: number): number => {
  const now = (): number => Math.floor(Date.now() / stepMs) * stepMs;
  // The same snapshot when rendered to a string (component specs render rows that way).
  return useSyncExternalStore(subscribeEvery(stepMs), now, now);
};

/** Whole seconds until `at` (epoch ms), never negative; null when there is no deadline. */
export const secondsUntil = (at: number | null, now: number): number | null =>
  at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
