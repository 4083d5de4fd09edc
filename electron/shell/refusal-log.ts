/*
 * Diagnostics for what the shell refuses (a navigation, a new window, a permission, an IPC
 * message from the wrong frame). A refusal is never answered to the page, so without a line
 * here a refused message leaves the UI waiting with no trace. A page can trigger refusals in a
 * loop: each kind is logged a few times per interval, and what was held back is counted.
 */

export interface RefusalLogOptions {
  /** Where lines go (console.warn in the app). */
  readonly write: (line: string) => void;
  readonly now?: () => number;
  /** Lines per kind (source and reason) per interval. */
  readonly maxPerInterval?: number;
  readonly intervalMs?: number;
}

export interface RefusalLog {
  /** Records one refusal: `source` is the guard ("ipc", "security"), `reason` what it refused. */
  (source: string, reason: string, detail?: string): void;
  /** Writes the counts of lines still held back (at quit). */
  flush(): void;
}

export const MAX_DETAIL_LENGTH = 200;

interface Bucket {
  start: number;
  logged: number;
  held: number;
}

/** Page-controlled text (URLs) printed on one line: control characters escaped, length capped. */
export const printable = (text: string): string => {
  const escaped = text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return escaped.length <= MAX_DETAIL_LENGTH ? escaped : `${escaped.slice(0, MAX_DETAIL_LENGTH - 1)}…`;
};

export const createRefusalLog = (options: RefusalLogOptions): RefusalLog => {
  const now = options.now ?? Date.now;
  const max = Math.max(1, options.maxPerInterval ?? 5);
  const intervalMs = options.intervalMs ?? 10_000;
  const buckets = new Map<string, Bucket>();

  const heldLine = (key: string, bucket: Bucket): void => {
    if (bucket.held > 0) options.write(`Berth refused ${key} ${bucket.held} more time(s) (not logged)`);
    bucket.held = 0;
  };

  const log = (source: string, reason: string, detail?: string): void => {
    const key = `${source}/${reason}`;
    const at = now();
    let bucket = buckets.get(key);
    if (!bucket || at - bucket.start >= intervalMs) {
      if (bucket) heldLine(key, bucket);
      bucket = { start: at, logged: 0, held: 0 };
      buckets.set(key, bucket);
    }
    if (bucket.logged >= max) {
      bucket.held++;
      return;
    }
    bucket.logged++;
    const what = detail ? `: ${printable(detail)}` : '';
    options.write(`Berth refused ${key}${what}`);
  };

  return Object.assign(log, {
    flush() {
      for (const [key, bucket] of buckets) heldLine(key, bucket);
    },
  });
};
