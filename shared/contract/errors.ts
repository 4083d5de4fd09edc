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

/** Parameters of a worded error: plain values only, so they survive structured clone and JSON. */
export type TextParams = Readonly<Record<string, string | number | boolean | readonly (string | number)[]>>;

/**
 * An error's words as a key and its parameters, so every window words it in its own language
 * (`error-texts.ts` holds the English; the renderer's `errors` catalogue every language).
 */
export interface ErrorText {
  readonly key: string;
  readonly params?: TextParams;
}

export interface ErrorIssue {
  readonly path: string;
  readonly message: string;
  readonly text?: ErrorText;
}

export interface ErrorEnvelope {
  readonly code: ErrorCode;
  /** English: the fallback where no catalogue has `text`, and what logs keep. */
  readonly message: string;
  readonly text?: ErrorText;
  /** Field-level problems for VALIDATION errors: dotted path → message. */
  readonly issues?: readonly ErrorIssue[];
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorEnvelope };
