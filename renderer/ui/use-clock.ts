import { useSyncExternalStore } from 'react';

type Subscribe = (onChange: () => void) => () => void;

// One subscribe function per step, so React does not resubscribe on every render.
const subscribers = new Map<number, Subscribe>();

const subscribeEvery = (stepMs: number): Subscribe => {
  let subscribe = subscribers.get(stepMs);
  if (!subscribe) {
    subscribe = (onChange) => {
      const timer = setInterval(onChange, stepMs);
      return () => {
        clearInterval(timer);
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
export const useClock = (stepMs: number): number =>
  useSyncExternalStore(subscribeEvery(stepMs), () => Math.floor(Date.now() / stepMs) * stepMs);

/** Whole seconds until `at` (epoch ms), never negative; null when there is no deadline. */
export const secondsUntil = (at: number | null, now: number): number | null =>
  at === null ? null : Math.max(0, Math.ceil((at - now) / 1000));
