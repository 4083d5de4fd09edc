import { secondsUntil, useClock } from '../../ui/use-clock.js';
import { countdownText } from './endpoint-text.js';

/** "Next attempt in 4 s." — ticking once a second; null when no attempt is scheduled. */
export const useRetryCountdown = (nextAttemptAt: number | null): string | null => {
  const now = useClock(1000);
  return countdownText(secondsUntil(nextAttemptAt, now));
};
