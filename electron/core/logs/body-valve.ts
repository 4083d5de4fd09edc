import type { LogsBody } from './logs-engine.js';

/**
 * The engine body being read now, paused while the outlet holds it. The outlet decides and the
 * follower opens bodies; this sits between them, so neither calls back into the other, and a
 * body opened while the outlet holds starts paused.
 */
export class BodyValve {
  private body: LogsBody | null = null;
  private held = false;

  /** Whether an engine body is being read now. */
  get reading(): boolean {
    return this.body !== null;
  }

  hold(hold: boolean): void {
    this.held = hold;
    if (hold) this.body?.pause();
    else this.body?.resume();
  }

  attach(body: LogsBody): void {
    this.body = body;
    if (this.held) body.pause();
  }

  isCurrent(body: LogsBody): boolean {
    return this.body === body;
  }

  /** Lets go of the body, destroying it when asked (teardown, a lost engine). */
  detach(destroy = false): void {
    if (destroy) this.body?.destroy();
    this.body = null;
  }

  /** Cuts the body off where it is; its own end then follows (see LogsFollower.attach). */
  cut(): void {
    this.body?.destroy();
  }
}
