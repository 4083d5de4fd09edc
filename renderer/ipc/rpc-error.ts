import type { ErrorCode, ErrorEnvelope } from '../../shared/contract/errors.js';

/** The backend's codes, plus the one only this side can know: the link to the backend dropped. */
export type ClientErrorCode = ErrorCode | 'BACKEND_LOST';

/** A failed call, carrying the backend's envelope so callers can branch on `code`. */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  readonly code: ClientErrorCode;
  readonly issues: ErrorEnvelope['issues'];

  constructor(code: ClientErrorCode, message: string, issues?: ErrorEnvelope['issues']) {
    super(message);
    this.code = code;
    this.issues = issues;
  }

  static from(envelope: ErrorEnvelope): RpcError {
    return new RpcError(envelope.code, envelope.message, envelope.issues);
  }
}

export const isRpcError = (err: unknown, code?: ClientErrorCode): err is RpcError =>
  err instanceof RpcError && (code === undefined || err.code === code);

/** A person-readable message for anything a call may reject with. */
export const errorMessage = (err: unknown): string =>
  err instanceof Error ? err.message : 'Something went wrong.';
