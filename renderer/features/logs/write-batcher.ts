export interface WriteBatcherOptions {
  /** Hands text to the terminal; `done` runs once the terminal has parsed it. */
  readonly write: (data: string, done: () => void) => void;
  /** Flow control: bytes of the stream that are now on screen (or deliberately dropped). */
  readonly ack: (bytes: number) => void;
  /** Runs `run` on the next animation frame; returns a cancel function. */
  readonly schedule: (run: () => void) => () => void;
  /** Most characters handed to the terminal and not yet parsed; above it, writing waits. */
  readonly maxInFlight?: number;
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

const countLines = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return text.length > 0 && !text.endsWith('\n') ? n + 1 : n;
};

/**
 * Flow control per xterm.js's guide: chunks are joined into one write per animation frame,
 * and their bytes are acknowledged only in the write callback, once the terminal has caught
 * up. The backend stops reading the engine while too much is unacknowledged, so a flood
 * waits in the engine rather than in this page's memory.
 */
export const createWriteBatcher = (options: WriteBatcherOptions): WriteBatcher => {
  const maxInFlight = options.maxInFlight ?? 512 * 1024;
  const maxWrite = options.maxWrite ?? 256 * 1024;
  const maxQueued = options.maxQueued ?? 16 * 1024 * 1024;
  const queue: Pending[] = [];
  let queued = 0;
  let inFlight = 0;
  let held = false;
  let disposed = false;
  let cancel: (() => void) | null = null;

  const ack = (bytes: number): void => {
    if (bytes > 0 && !disposed) options.ack(bytes);
  };

  const dropOldest = (): void => {
    let lines = 0;
    let bytes = 0;
    while (queued > maxQueued && queue.length > 1) {
      const oldest = queue.shift();
      if (!oldest) break;
      queued -= oldest.text.length;
      lines += countLines(oldest.text);
      bytes += oldest.bytes;
    }
    ack(bytes);
    if (lines > 0) options.onDrop?.(lines);
  };

  const flush = (): void => {
    cancel = null;
    if (disposed || held || inFlight >= maxInFlight || queue.length === 0) return;
    const parts: string[] = [];
    let size = 0;
    let bytes = 0;
    while (queue.length > 0 && size < maxWrite) {
      const next = queue[0];
      if (!next) break;
      const room = maxWrite - size;
      if (next.text.length <= room) {
        queue.shift();
        parts.push(next.text);
        size += next.text.length;
        bytes += next.bytes;
      } else {
        // Split a long chunk: its bytes go with its last piece.
        parts.push(next.text.slice(0, room));
        next.text = next.text.slice(room);
        size += room;
      }
    }
    queued -= size;
    inFlight += size;
    options.write(parts.join(''), () => {
      inFlight -= size;
      ack(bytes);
      kick();
    });
    kick();
  };

  function kick(): void {
    if (disposed || held || cancel || queue.length === 0 || inFlight >= maxInFlight) return;
    cancel = options.schedule(flush);
  }

  return {
    push(text, bytes) {
      if (disposed) return;
      if (text.length === 0) {
        // Nothing to draw: consumed at once, unless earlier text is still waiting.
        const last = queue.at(-1);
        if (last) last.bytes += bytes;
        else ack(bytes);
        return;
      }
      queue.push({ text, bytes });
      queued += text.length;
      if (queued > maxQueued) dropOldest();
      kick();
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
      queued = 0;
    },
  };
};
