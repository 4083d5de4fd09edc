export interface AckLedger<K> {
  /** `bytes` of `key`'s stream went into the writer (in the order they were pushed). */
  record(key: K, bytes: number): void;
  /** The writer acknowledged `bytes`: which streams they belong to, oldest first. */
  release(bytes: number): ReadonlyMap<K, number>;
}

/**
 * One writer, several streams: the write batcher acknowledges bytes in the order they were
 * pushed (written or dropped oldest first), so a FIFO of (stream, bytes) tells each
 * subscription how much of its own output the terminal has taken.
 */
export const createAckLedger = <K>(): AckLedger<K> => {
  let entries: { key: K; bytes: number }[] = [];
  let head = 0;
  return {
    record(key, bytes) {
      if (bytes <= 0) return;
      const last = entries.at(-1);
      if (last?.key === key) last.bytes += bytes;
      else entries.push({ key, bytes });
    },
    release(bytes) {
      const out = new Map<K, number>();
      let left = bytes;
      while (left > 0 && head < entries.length) {
        const entry = entries[head];
        if (!entry) break;
        const take = Math.min(entry.bytes, left);
        out.set(entry.key, (out.get(entry.key) ?? 0) + take);
        entry.bytes -= take;
        left -= take;
        if (entry.bytes === 0) head++;
      }
      if (head === entries.length) {
        entries = [];
        head = 0;
      } else if (head > 1024 && head * 2 > entries.length) {
        entries = entries.slice(head);
        head = 0;
      }
      return out;
    },
  };
};
