import type { ErrorCode, ErrorEnvelope, ErrorText } from '../../shared/contract/errors.js';
import { translate } from '../i18n/index.js';
import { ipcMessages } from './messages.js';
import { loadZodWords, needsZodWords, wordError } from './word-error.js';

/** The backend's codes, plus the one only this side can know: the link to the backend dropped. */
export type ClientErrorCode = ErrorCode | 'BACKEND_LOST';

/**
 * A failed call, carrying the backend's envelope so callers can branch on `code`. Its message (and
 * each issue's) is worded in the reader's language when it arrives; `english` keeps the backend's
 * own text for logs.
 */
export class RpcError extends Error {
  override readonly name = 'RpcError';
  readonly code: ClientErrorCode;
  readonly issues: ErrorEnvelope['issues'];
  readonly english: string;

  constructor(code: ClientErrorCode, message: string, issues?: ErrorEnvelope['issues'], text?: ErrorText) {
    super(wordError(text, message));
    this.code = code;
    this.english = message;
    this.issues = issues?.map((issue) =>
      issue.text ? { ...issue, message: wordError(issue.text, issue.message) } : issue,
    );
  }

  static from(envelope: ErrorEnvelope): RpcError {
    return new RpcError(envelope.code, envelope.message, envelope.issues, envelope.text);
  }
}

/**
 * Hands `settle` the envelope's RpcError: at once, or, when it has a zod issue to word, once zod's
 * wording is fetched (the first time only; see word-error.ts), so it reads as it always did.
 */
export const settleRpcError = (envelope: ErrorEnvelope, settle: (error: RpcError) => void): void => {
  const done = (): void => {
    settle(RpcError.from(envelope));
  };
  if (needsZodWords(envelope)) loadZodWords().then(done, done);
  else done();
};

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
  err instanceof Error ? err.message : translate(ipcMessages, 'somethingWrong');
