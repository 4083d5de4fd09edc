export interface BackoffOptions {
  readonly initialMs: number;
  readonly maxMs: number;
  /** 0..1: how much of each delay is randomised, so many clients do not retry in lockstep. */
  readonly jitter: number;
  readonly random?: () => number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialMs: 250, maxMs: 5_000, jitter: 0.2 };

/** Delay before retry number `attempt` (1-based): exponential, capped, jittered. */
export const backoffDelay = (attempt: number, options: BackoffOptions = DEFAULT_BACKOFF): number => {
  const exp = Math.min(options.maxMs, options.initialMs * 2 ** Math.max(0, attempt - 1));
  const random = options.random ?? Math.random;
  const spread = exp * options.jitter;
  return Math.max(0, Math.round(exp - spread + random() * 2 * spread));
};
