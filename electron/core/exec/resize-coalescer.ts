import type { Disposable } from '../rpc/disposable.js';

export interface TerminalSize {
  readonly cols: number;
  readonly rows: number;
}

const same = (a: TerminalSize | null, b: TerminalSize | null): boolean =>
  a !== null && b !== null && a.cols === b.cols && a.rows === b.rows;

/**
 * Dragging a window edge sends dozens of sizes a second. Each one is an engine call, so at most
 * one is in flight; whatever arrives meanwhile only replaces the wanted size, which is applied
 * when the call returns. The last size asked for is always the one that ends up applied.
 */
export class ResizeCoalescer implements Disposable {
  private wanted: TerminalSize | null = null;
  private applied: TerminalSize | null = null;
  private inFlight = false;
  private disposed = false;

  constructor(
    private readonly apply: (size: TerminalSize) => Promise<void>,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  request(size: TerminalSize): void {
    if (this.disposed) return;
    this.wanted = size;
    if (!this.inFlight) void this.drain();
  }

  dispose(): void {
    this.disposed = true;
  }

  private async drain(): Promise<void> {
    this.inFlight = true;
    try {
      while (!this.disposed && this.wanted && !same(this.wanted, this.applied)) {
        const size = this.wanted;
        try {
          await this.apply(size);
          this.applied = size;
        } catch (err) {
          // A failed size is not retried (a newer one still is), so a dead exec is not hammered.
          if (this.wanted === size) this.wanted = null;
          this.onError(err);
        }
      }
    } finally {
      this.inFlight = false;
    }
  }
}
