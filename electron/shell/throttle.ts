import type { Disposable } from '../core/index.js';

export interface Throttled extends Disposable {
  /** Asks for a run; runs at most once per interval, always after the latest request. */
  (): void;
}

/**
 * Coalesces bursts: the first request schedules one run `ms` later and every request until
 * then joins it. A steady stream of requests still runs once per interval, never starves.
 */
export const throttle = (fn: () => void, ms: number): Throttled => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  const request = (): void => {
    if (disposed || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
  return Object.assign(request, {
    dispose() {
      disposed = true;
      clearTimeout(timer);
      timer = undefined;
    },
  });
};
