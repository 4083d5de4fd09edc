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

/**
 * The engine itself answered with this error (it refused or could not do what was asked). Not:
 * the link to the backend dropped, the backend refused the request before calling the engine
 * (schema issues, a message too large), a timeout or an unreachable engine (no answer at all).
 */
export const isEngineAnswer = (err: unknown): boolean => {
  if (!(err instanceof RpcError)) return false;
  switch (err.code) {
    case 'ENGINE_ERROR':
    case 'CONFLICT':
    case 'NOT_FOUND':
    case 'UNAUTHORIZED':
      return true;
    case 'VALIDATION':
      // The backend's own validation names the fields; the engine's 400s carry no issues.
      return err.issues === undefined;
    default:
      return false;
  }
};

/** A person-readable message for anything a call may reject with. */
export const errorMessage = (err: unknown): string =>
  err instanceof Error ? err.message : 'Something went wrong.';
