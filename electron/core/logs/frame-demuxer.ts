/** Docker's stream ids in the 8-byte frame header: 1 stdout, 2 stderr, 3 the engine's own errors. */
export type FrameStream = 1 | 2 | 3;

const HEADER = 8;

/**
 * Splits Docker's multiplexed stream (`[stream, 0, 0, 0, size BE32]` + payload) as bytes arrive.
 * Headers and payloads may be split anywhere across chunks; payloads are handed on as views of
 * the incoming chunk (no copy), with `start` set on the first piece of each frame, because the
 * engine writes one log message per frame and message boundaries matter downstream.
 */
export class FrameDemuxer {
  private readonly header = Buffer.alloc(HEADER);
  private headerLength = 0;
  private remaining = 0;
  private stream: FrameStream = 1;
  private atStart = false;

  constructor(private readonly onPayload: (stream: FrameStream, data: Buffer, start: boolean) => void) {}

  write(chunk: Buffer): void {
    let pos = 0;
    while (pos < chunk.length) {
      if (this.remaining === 0 && this.headerLength === 0 && chunk.length - pos >= HEADER) {
        // The usual case: a whole header in this chunk, read in place (one log line per frame
        // makes this the per-line cost of a big history).
        this.startFrame(chunk[pos] ?? 1, chunk.readUInt32BE(pos + 4));
        pos += HEADER;
        continue;
      }
      if (this.remaining === 0) {
        const take = Math.min(HEADER - this.headerLength, chunk.length - pos);
        chunk.copy(this.header, this.headerLength, pos, pos + take);
        this.headerLength += take;
        pos += take;
        if (this.headerLength < HEADER) return;
        this.headerLength = 0;
        this.startFrame(this.header[0] ?? 1, this.header.readUInt32BE(4));
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - pos);
      this.remaining -= take;
      const start = this.atStart;
      this.atStart = false;
      this.onPayload(this.stream, chunk.subarray(pos, pos + take), start);
      pos += take;
    }
  }

  private startFrame(id: number, size: number): void {
    // Stdin (0) never appears in logs; anything unknown is shown rather than lost.
    this.stream = id === 2 ? 2 : id === 3 ? 3 : 1;
    this.remaining = size;
    this.atStart = true;
  }
}
