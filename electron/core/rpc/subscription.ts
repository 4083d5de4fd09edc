import type { ErrorEnvelope } from '../../../shared/contract/errors.js';
import type { ServerMessage } from '../../../shared/protocol/messages.js';
import type { Disposable } from './disposable.js';
import type { FlowWindow, StreamHandle, StreamSink } from './router.js';

/** Flow control: above HIGH unacknowledged bytes the source is paused, below LOW resumed. */
export const FLOW = { high: 4 * 1024 * 1024, low: 1024 * 1024, maxBatchBytes: 256 * 1024 } as const;

/**
 * One open stream of one client: batches chunks (one message per turn of the event loop, or
 * per 256 KB), counts the bytes the client has not acknowledged yet, and pauses the source
 * while the client is behind, so a flood never piles up in memory between engine and screen.
 */
export class Subscription implements Disposable {
  private batch: unknown[] = [];
  private batchBytes = 0;
  private flushScheduled = false;
  private ended = false;
  private unacked = 0;
  private paused = false;
  private handle: StreamHandle<unknown> | null = null;

  constructor(
    readonly id: number,
    readonly channel: string,
    private readonly post: (message: ServerMessage) => void,
    private readonly onEnded: (id: number) => void,
  ) {}

  readonly sink: StreamSink<unknown> = {
    push: (chunk, bytes = 0) => {
      if (this.ended) return;
      this.batch.push(chunk);
      this.batchBytes += bytes;
      this.unacked += bytes;
      if (this.batchBytes >= FLOW.maxBatchBytes) this.flush();
      else if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => {
          this.flush();
        });
      }
      if (!this.paused && this.unacked >= this.window.high) {
        this.paused = true;
        this.handle?.pause?.();
      }
    },
    end: (error?: ErrorEnvelope) => {
      if (this.ended) return;
      this.flush();
      this.ended = true;
      this.onEnded(this.id);
      this.post(error ? { t: 'end', id: this.id, error } : { t: 'end', id: this.id });
    },
  };

  private get window(): FlowWindow {
    return this.handle?.window ?? FLOW;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** Attaches the source once the handler returned it; a source that already ended is let go. */
  attach(handle: StreamHandle<unknown>): void {
    if (this.ended) {
      handle.dispose();
      return;
    }
    this.handle = handle;
    if (this.unacked >= this.window.high) this.paused = true;
    if (this.paused) handle.pause?.();
  }

  input(data: unknown): void {
    this.handle?.input?.(data);
  }

  ack(bytes: number): void {
    this.unacked = Math.max(0, this.unacked - bytes);
    if (this.paused && this.unacked <= this.window.low) {
      this.paused = false;
      this.handle?.resume?.();
    }
  }

  dispose(): void {
    // A batch already scheduled is dropped, not sent after the client let go.
    this.ended = true;
    this.handle?.dispose();
    this.handle = null;
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.batch.length === 0 || this.ended) return;
    const data = this.batch;
    const bytes = this.batchBytes;
    this.batch = [];
    this.batchBytes = 0;
    this.post({ t: 'chunk', id: this.id, data, bytes });
  }
}
