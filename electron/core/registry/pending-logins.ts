import { BerthError } from '../errors/berth-error.js';
import { worded } from '../../../shared/contract/error-texts.js';

/**
 * The login each client has in progress, so that client can cancel it: a login is one call,
 * and a dialog closed while a credential helper hangs must not leave that helper running.
 * One per client (its dialog is modal); a new login from the same client cancels the old one.
 */
export class PendingLogins {
  private readonly pending = new Map<string, AbortController>();

  async run<T>(clientId: string, login: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.cancel(clientId);
    const controller = new AbortController();
    this.pending.set(clientId, controller);
    try {
      return await login(controller.signal);
    } finally {
      if (this.pending.get(clientId) === controller) this.pending.delete(clientId);
    }
  }

  /** True when a login was in progress and is now cancelled. */
  cancel(clientId: string): boolean {
    const controller = this.pending.get(clientId);
    if (!controller) return false;
    this.pending.delete(clientId);
    controller.abort(new BerthError('CANCELLED', worded('cancelled')));
    return true;
  }
}
