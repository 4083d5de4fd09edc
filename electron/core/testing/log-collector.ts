import type { LogChunk } from '../../../shared/contract/container-detail.js';
import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { StreamSink } from '../rpc/router.js';

/** A sink that keeps every log chunk, for assertions on text per stream and on how it ended. */
export interface LogCollector extends StreamSink<LogChunk> {
  readonly chunks: LogChunk[];
  /** Bytes pushed so far, as the flow control counts them. */
  readonly pushedBytes: number;
  /** undefined while open; null once ended without error. */
  readonly ended: ErrorEnvelope | null | undefined;
  /** All text of these streams, in arrival order. */
  text(...streams: LogChunk['stream'][]): string;
  /** Complete lines of stdout (or the given streams). */
  lines(...streams: LogChunk['stream'][]): string[];
}

export const collectLogs = (): LogCollector => {
  const chunks: LogChunk[] = [];
  let pushedBytes = 0;
  let ended: ErrorEnvelope | null | undefined;
  const text = (...streams: LogChunk['stream'][]): string => {
    const wanted = streams.length > 0 ? streams : ['stdout'];
    return chunks
      .filter((c) => wanted.includes(c.stream))
      .map((c) => c.text)
      .join('');
  };
  return {
    chunks,
    get pushedBytes() {
      return pushedBytes;
    },
    get ended() {
      return ended;
    },
    push(chunk, bytes = 0) {
      if (ended !== undefined) throw new Error('push after end');
      chunks.push(chunk);
      pushedBytes += bytes;
    },
    end(error) {
      if (ended !== undefined) throw new Error('ended twice');
      ended = error ?? null;
    },
    text,
    lines(...streams) {
      const all = text(...streams).split('\n');
      all.pop();
      return all;
    },
  };
};
