const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago" from the engine's `created` (epoch seconds); under a minute, or clock skew, is "just now". */
export const formatAge = (createdSeconds: number, nowMs: number): string => {
  const elapsed = Math.floor(nowMs / 1000 - createdSeconds);
  for (const [unit, seconds] of UNITS) {
    if (elapsed >= seconds) return relative.format(-Math.floor(elapsed / seconds), unit);
  }
  return 'just now';
};
