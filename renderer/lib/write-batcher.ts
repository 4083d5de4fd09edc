import { countLines } from '../../shared/logs/count-lines.js';

export interface WriteBatcherOptions {
  /** Hands text to the terminal; `done` runs once the terminal has parsed it. */
  readonly write: (data: string, done: () => void) => void;
  /** Flow control: bytes of the stream that are now on screen (or deliberately dropped). */
  readonly ack: (bytes: number) => void;
  /**
   * When writing starts after text arrives while the terminal is idle; returns a cancel
   * function. By default a microtask: the chunks of one message become one write. Once writes
   * are in flight, the next ones start from their callbacks, never from this.
   */
  readonly schedule?: (run: () => void) => () => void;
  /** Most characters handed to the terminal and not yet parsed. */
  readonly maxInFlight?: number;
  /** Most writes handed to the terminal and not yet parsed. */
  readonly maxWrites?: number;
  /** Most characters in one write. */
  readonly maxWrite?: number;
  /**
   * Most characters waiting to be written. The backend pauses the engine stream long before
   * this is reached; it only bounds memory against a misbehaving source. Over it, the oldest
   * waiting text is dropped (and acknowledged) and its lines are reported.
   */
  readonly maxQueued?: number;
  readonly onDrop?: (lines: number) => void;
}

export interface WriteBatcher {
  push(text: string, bytes: number): void;
  /** While held nothing is written (and so nothing acknowledged): the backend pauses the source. */
  setHeld(held: boolean): void;
  /** Characters waiting to be written. */
  readonly queued: number;
  readonly inFlight: number;
  dispose(): void;
}

interface Pending {
  text: string;
  bytes: number;
}

const microtask = (run: () => void): (() => void) => {
  let live = true;
  queueMicrotask(() => {
    if (live) run();
  });
  return () => {
    live = false;
  };
};

/**
 * Flow control per xterm.js's guide: text goes to the terminal in writes of up to `maxWrite`
 * characters, several in flight so its parser never waits for us, and each write's bytes are
 * acknowledged in its callback, once the terminal has parsed it; that callback also starts the
 * next write, so a big history is written as fast as xterm parses, not one write per frame.
 * The backend stops reading the engine while too much is unacknowledged, so a flood waits in
 * the engine rather than in this page's memory.
 */
export const createWriteBatcher = (options: WriteBatcherOptions): WriteBatcher => {
  const maxInFlight = options.maxInFlight ?? 640 * 1024;
  const maxWrites = options.maxWrites ?? 8;
  const maxWrite = options.maxWrite ?? 80 * 1024;
  const maxQueued = options.maxQueued ?? 16 * 1024 * 1024;
  const schedule = options.schedule ?? microtask;
  const queue: (Pending | undefined)[] = [];
  let head = 0;
  let queued = 0;
  let inFlight = 0;
  let writes = 0;
  let held = false;
  let disposed = false;
  let cancel: (() => void) | null = null;

  const ack = (bytes: number): void => {
    if (bytes > 0 && !disposed) options.ack(bytes);
  };

  const shift = (): Pending | undefined => {
    const next = queue[head];
    if (!next) return undefined;
    queue[head++] = undefined;
    // Compact now and then rather than shifting the array on every write.
    if (head > 64 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    return next;
  };

  const dropOldest = (): void => {
    let lines = 0;
    let bytes = 0;
    while (queued > maxQueued && queue.length - head > 1) {
      const oldest = shift();
      if (!oldest) break;
      queued -= oldest.text.length;
      lines += countLines(oldest.text);
      bytes += oldest.bytes;
    }
    ack(bytes);
    if (lines > 0) options.onDrop?.(lines);
  };

  /** The next write off the queue: whole chunks while they fit, a long one in pieces. */
  const take = (): Pending => {
    const first = queue[head];
    if (first && first.text.length > maxWrite) {
      // Split a long chunk: its bytes go with its last piece.
      const piece = first.text.slice(0, maxWrite);
      first.text = first.text.slice(maxWrite);
      return { text: piece, bytes: 0 };
    }
    const taken = shift() ?? { text: '', bytes: 0 };
    let text = taken.text;
    let bytes = taken.bytes;
    for (let next = queue[head]; next && text.length + next.text.length <= maxWrite; next = queue[head]) {
      shift();
      text += next.text;
      bytes += next.bytes;
    }
    return { text, bytes };
  };

  const pump = (): void => {
    while (!disposed && !held && head < queue.length && writes < maxWrites && inFlight < maxInFlight) {
      const { text, bytes } = take();
      const size = text.length;
      queued -= size;
      inFlight += size;
      writes++;
      options.write(text, () => {
        inFlight -= size;
        writes--;
        ack(bytes);
        pump();
      });
    }
  };

  const kick = (): void => {
    if (cancel || disposed || held) return;
    cancel = schedule(() => {
      cancel = null;
      pump();
    });
  };

  return {
    push(text, bytes) {
      if (disposed) return;
      if (text.length === 0) {
        // Nothing to draw: consumed at once, unless earlier text is still waiting.
        const last = head < queue.length ? queue.at(-1) : undefined;
        if (last) last.bytes += bytes;
        else ack(bytes);
        return;
      }
      queue.push({ text, bytes });
      queued += text.length;
      if (queued > maxQueued) dropOldest();
      // Writes in flight start the next one from their callbacks.
      if (writes === 0) kick();
    },
    setHeld(next) {
      held = next;
      if (held) {
        cancel?.();
        cancel = null;
      } else kick();
    },
    get queued() {
      return queued;
    },
    get inFlight() {
      return inFlight;
    },
    dispose() {
      disposed = true;
      cancel?.();
      cancel = null;
      queue.length = 0;
      head = 0;
      queued = 0;
    },
  };
};
