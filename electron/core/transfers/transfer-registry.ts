import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { TRANSFER_PATH_PREFIX, type TransferTicket } from '../../../shared/contract/transfers.js';
import type { Disposable } from '../rpc/disposable.js';

export interface DownloadSource {
  /** Shown by the browser's save dialog; made safe for a header before use. */
  readonly filename: string;
  readonly contentType?: string;
  /** Opens the bytes only once the page asks for them; aborting stops the engine call. */
  open(signal: AbortSignal): Promise<Readable>;
}

export interface UploadSink {
  readonly maxBytes: number;
  /** Consumes the body (already limited to maxBytes); what it returns goes back as JSON. */
  accept(body: Readable, signal: AbortSignal): Promise<unknown>;
}

export type PendingTransfer =
  | { readonly direction: 'download'; readonly expiresAt: number; readonly source: DownloadSource }
  | { readonly direction: 'upload'; readonly expiresAt: number; readonly sink: UploadSink };

export interface TransferRegistryOptions {
  readonly ttlMs?: number;
  readonly now?: () => number;
}

/**
 * One-time tickets for moving bytes over HTTP. A ticket is 128 random bits, usable once and for
 * a few minutes: it is what authorises the transfer (on top of the host's own page checks), so a
 * page on another localhost port that shares our cookie still cannot name one.
 */
export class TransferRegistry implements Disposable {
  private readonly pending = new Map<string, PendingTransfer>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: TransferRegistryOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
  }

  offerDownload(source: DownloadSource): TransferTicket {
    return this.issue({ direction: 'download', expiresAt: this.now() + this.ttlMs, source }, source.filename);
  }

  expectUpload(sink: UploadSink): TransferTicket {
    return this.issue({ direction: 'upload', expiresAt: this.now() + this.ttlMs, sink }, null);
  }

  /** Takes the ticket out (single use); null when unknown, expired or of the other direction. */
  take(id: string, direction: 'download' | 'upload'): PendingTransfer | null {
    this.sweep();
    const entry = this.pending.get(id);
    if (entry?.direction !== direction) return null;
    this.pending.delete(id);
    return entry;
  }

  get size(): number {
    this.sweep();
    return this.pending.size;
  }

  dispose(): void {
    this.pending.clear();
  }

  private issue(entry: PendingTransfer, filename: string | null): TransferTicket {
    this.sweep();
    const id = randomBytes(16).toString('base64url');
    this.pending.set(id, entry);
    return {
      id,
      path: `${TRANSFER_PATH_PREFIX}${id}`,
      direction: entry.direction,
      filename,
      expiresAt: entry.expiresAt,
      maxBytes: entry.direction === 'upload' ? entry.sink.maxBytes : null,
    };
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.pending) if (entry.expiresAt <= now) this.pending.delete(id);
  }
}
