import { Transform, type Readable } from 'node:stream';
import { TRANSFER_ID_PATTERN, TRANSFER_PATH_PREFIX } from '../../../shared/contract/transfers.js';
import { BerthError } from '../errors/berth-error.js';
import { toEnvelope } from '../errors/docker-errors.js';
import type { TransferRegistry } from './transfer-registry.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** The host-neutral shape of a transfer request: the web server and app:// both adapt to it. */
export interface TransferHttpRequest {
  readonly method: string;
  readonly pathname: string;
  readonly body: Readable;
  /** Aborted when the client goes away. */
  readonly signal: AbortSignal;
}

export interface TransferHttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Readable | string;
}

export const isTransferPath = (pathname: string): boolean => pathname.startsWith(TRANSFER_PATH_PREFIX);

const STATUS_OF: Partial<Record<string, number>> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  CANCELLED: 499,
  ENGINE_UNREACHABLE: 503,
  TIMEOUT: 504,
};

const json = (status: number, value: unknown): TransferHttpResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  body: JSON.stringify(value),
});

const failure = (err: unknown): TransferHttpResponse => {
  const error = toEnvelope(err);
  return json(STATUS_OF[error.code] ?? 500, {
    ok: false,
    error: { code: error.code, message: error.message },
  });
};

/** A filename safe for Content-Disposition: ASCII fallback plus the RFC 5987 UTF-8 form. */
export const contentDisposition = (filename: string): string => {
  const cleaned = filename.replace(/[\\/\r\n\0"]/g, '_').slice(0, 200) || 'download';
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(cleaned)}`;
};

/** Passes at most `max` bytes; one more and the stream fails, so a sink never sees too much. */
const limitBytes = (max: number): Transform => {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > max) callback(new BerthError('VALIDATION', worded('uploadTooLarge', { max })));
      else callback(null, chunk);
    },
  });
};

/**
 * Serves one transfer: GET a download ticket, PUT an upload ticket. Unknown, used or expired
 * tickets are all 404 alike, so nothing tells a prober which ids exist.
 */
export const handleTransfer = async (
  registry: TransferRegistry,
  request: TransferHttpRequest,
): Promise<TransferHttpResponse> => {
  const id = request.pathname.slice(TRANSFER_PATH_PREFIX.length);
  const direction = request.method === 'GET' ? 'download' : request.method === 'PUT' ? 'upload' : null;
  if (!direction)
    return json(405, { ok: false, error: { code: 'VALIDATION', ...worded('transferUseGetPut') } });
  const entry = TRANSFER_ID_PATTERN.test(id) ? registry.take(id, direction) : null;
  if (!entry) {
    return json(404, {
      ok: false,
      error: { code: 'NOT_FOUND', ...worded('transferLinkUnknown') },
    });
  }
  try {
    if (entry.direction === 'download') {
      const body = await entry.source.open(request.signal);
      return {
        status: 200,
        headers: {
          'Content-Type': entry.source.contentType ?? 'application/octet-stream',
          'Content-Disposition': contentDisposition(entry.source.filename),
          'Cache-Control': 'no-store',
        },
        body,
      };
    }
    const limited = request.body.pipe(limitBytes(entry.sink.maxBytes));
    request.body.on('error', (err) => limited.destroy(err));
    const value = await entry.sink.accept(limited, request.signal);
    return json(200, { ok: true, value });
  } catch (err) {
    return failure(err);
  }
};
