/**
 * Errors cross every boundary as a plain envelope with a stable code, so they survive
 * structured clone and JSON alike; the renderer never sees a stack.
 */
export const ERROR_CODES = [
  'ENGINE_UNREACHABLE',
  'TIMEOUT',
  'NOT_FOUND',
  'CONFLICT',
  'VALIDATION',
  'UNKNOWN_CHANNEL',
  'CANCELLED',
  'ENGINE_ERROR',
  'UNSUPPORTED',
  /** A registry refused the request without (valid) credentials: offer to log in. */
  'UNAUTHORIZED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorEnvelope {
  readonly code: ErrorCode;
  readonly message: string;
  /** Field-level problems for VALIDATION errors: dotted path → message. */
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorEnvelope };
