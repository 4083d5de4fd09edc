import type { ErrorEnvelope, ErrorText } from '../../../shared/contract/errors.js';
import type { Worded } from '../../../shared/contract/error-texts.js';

/**
 * An error the core means to show: its code and message cross the boundary as they are. Given
 * `worded(key, params)` instead of a string, its key travels too, so the renderer words it in the
 * reader's language; the English message stays for logs and as the fallback.
 */
export class BerthError extends Error {
  readonly text: ErrorText | undefined;

  constructor(
    readonly code: ErrorEnvelope['code'],
    message: string | Worded,
    readonly issues?: ErrorEnvelope['issues'],
  ) {
    super(typeof message === 'string' ? message : message.message);
    this.name = 'BerthError';
    this.text = typeof message === 'string' ? undefined : message.text;
  }

  /** The error an envelope describes, its key kept: a task's failure rethrown to the caller that waited on it. */
  static fromEnvelope(envelope: ErrorEnvelope): BerthError {
    const message = envelope.text ? { message: envelope.message, text: envelope.text } : envelope.message;
    return new BerthError(envelope.code, message, envelope.issues);
  }

  toEnvelope(): ErrorEnvelope {
    return {
      code: this.code,
      message: this.message,
      ...(this.text ? { text: this.text } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}
