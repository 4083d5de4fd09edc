import type { TaskItem } from '../contract/tasks.js';

/** One message of a pull or push progress stream, as the engine sends it. */
export interface ProgressMessage {
  readonly id?: string;
  readonly status?: string;
  readonly progressDetail?: { readonly current?: number; readonly total?: number };
  readonly error?: string;
  readonly errorDetail?: { readonly message?: string; readonly code?: number };
  readonly aux?: { readonly Digest?: string; readonly Tag?: string };
}

const DONE =
  /^(pull complete|already exists|download complete|pushed|layer already exists|mounted from|verifying checksum|extracting)/i;
const FINISHED = /^(pull complete|already exists|pushed|layer already exists|mounted from)/i;

interface Layer {
  status: string;
  current: number;
  total: number | null;
}

const toNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

export const asProgressMessage = (value: unknown): ProgressMessage | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;

/**
 * Folds the engine's progress messages into per-layer items and one overall byte count. A
 * layer that is done counts with its whole size; one the registry already had counts as done.
 * The error of the stream, if any, is kept: the transfer failed even if the stream ends cleanly.
 */
export class TransferProgress {
  private readonly layers = new Map<string, Layer>();
  private errorMessage: string | null = null;
  private digestValue: string | null = null;
  private errorCodeValue: number | null = null;

  /** Applies one message; returns the item it changed, or a line of text for the console. */
  apply(message: ProgressMessage): { item?: TaskItem; line?: string } {
    const error = message.errorDetail?.message ?? message.error;
    if (typeof error === 'string') {
      if (this.errorMessage === null && typeof message.errorDetail?.code === 'number') {
        this.errorCodeValue = message.errorDetail.code;
      }
      this.errorMessage ??= error;
      return { line: `error: ${error}` };
    }
    if (typeof message.aux?.Digest === 'string') this.digestValue = message.aux.Digest;
    const status = typeof message.status === 'string' ? message.status : '';
    const id = typeof message.id === 'string' ? message.id : '';
    // Layer ids are short hex; lines like "latest: Pulling from x" carry the tag as their id.
    if (!id || !/^[a-f0-9]{12,64}$/.test(id)) {
      const line = id ? `${id}: ${status}` : status;
      return line ? { line } : {};
    }
    const layer = this.layers.get(id) ?? { status: '', current: 0, total: null };
    layer.status = status;
    const total = toNumber(message.progressDetail?.total);
    const current = toNumber(message.progressDetail?.current);
    if (total !== null && total > 0) layer.total = Math.max(layer.total ?? 0, total);
    // Extraction counts its own bytes from zero; the download is done by then, so keep it whole.
    if (DONE.test(status) && layer.total !== null) layer.current = layer.total;
    else if (current !== null)
      layer.current = layer.total === null ? current : Math.min(current, layer.total);
    if (FINISHED.test(status) && layer.total === null) layer.current = 0;
    this.layers.set(id, layer);
    return { item: { id, label: id, status, current: layer.current, total: layer.total } };
  }

  /** Bytes done and expected over every layer with a known size; finished layers count whole. */
  overall(): { current: number; total: number | null } {
    let current = 0;
    let total = 0;
    let unknown = false;
    for (const layer of this.layers.values()) {
      if (layer.total === null) {
        if (!FINISHED.test(layer.status)) unknown = true;
        continue;
      }
      total += layer.total;
      current += FINISHED.test(layer.status) ? layer.total : layer.current;
    }
    return { current, total: unknown && total === 0 ? null : total };
  }

  get layerCount(): number {
    return this.layers.size;
  }

  get error(): string | null {
    return this.errorMessage;
  }

  /** The first error's errorDetail code (an HTTP status, when the engine gives one). */
  get errorCode(): number | null {
    return this.errorCodeValue;
  }

  get digest(): string | null {
    return this.digestValue;
  }
}
