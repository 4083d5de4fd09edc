const BASE_MS = 500;
const MAX_MS = 10_000;

/**
 * Exponential backoff with full jitter over the upper half, so many tabs reconnecting to a
 * restarted backend do not arrive in lockstep. `attempt` starts at 1.
 */
export const reconnectDelay = (attempt: number, random: () => number = Math.random): number => {
  const ceiling = Math.min(MAX_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
};
