/**
 * Pushes that arrive between two frames are applied together, in order, at the next frame: each
 * WebSocket message is its own task, and a burst of container events (200 crashes at once) drew
 * the whole list once per message, so on a busy machine the last rows showed seconds late. A
 * hidden page has no frames: a short timer stands in.
 */
export interface FrameScheduler {
  (run: () => void): void;
}

const HIDDEN_DELAY_MS = 50;

export const nextFrame: FrameScheduler = (run) => {
  if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
    requestAnimationFrame(run);
  } else {
    setTimeout(run, HIDDEN_DELAY_MS);
  }
};

/**
 * `now` marks items that cannot wait (a whole list, the first screen's rows): they are applied at
 * once, after whatever was queued before them, so the order still holds. `applyAll` gets each
 * frame's items together, in order, so it can fold them into one store update.
 */
export const frameBatchAll = <T>(
  applyAll: (items: readonly T[]) => void,
  now: (item: T) => boolean = () => false,
  schedule: FrameScheduler = nextFrame,
): ((item: T) => void) => {
  let queued: T[] = [];
  const flush = (): void => {
    const items = queued;
    queued = [];
    if (items.length > 0) applyAll(items);
  };
  return (item) => {
    queued.push(item);
    if (now(item)) flush();
    else if (queued.length === 1) schedule(flush);
  };
};

/** `frameBatchAll` applying the items one by one. */
export const frameBatch = <T>(
  apply: (item: T) => void,
  now: (item: T) => boolean = () => false,
  schedule: FrameScheduler = nextFrame,
): ((item: T) => void) =>
  frameBatchAll(
    (items) => {
      for (const item of items) apply(item);
    },
    now,
    schedule,
  );
