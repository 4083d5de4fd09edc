import type { ErrorCode, ErrorEnvelope } from '../../../shared/contract/errors.js';

/** An error the core means to show: its code and message cross the boundary as they are. */
export class BerthError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorEnvelope['issues'],
  ) {
    super(message);
    this.name = 'BerthError';
  }

  toEnvelope(): ErrorEnvelope {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}
