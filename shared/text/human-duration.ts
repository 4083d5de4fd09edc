/**
 * The docker CLI's wording for durations (go-units `HumanDuration`), so a status Berth ages on
 * the client reads exactly as `docker ps` would print it at that moment.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const humanDuration = (ms: number): string => {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  // Go's Duration.Round: halves away from zero.
  const hours = Math.round(ms / HOUR);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(ms / HOUR / 24 / 365)} years`;
};

const UNIT_MS: Readonly<Record<string, number>> = {
  second: SECOND,
  minute: MINUTE,
  // Hours and longer are rounded to the hour: the shortest duration that reads "N hours" is half an hour less.
  hour: HOUR,
  day: 24 * HOUR,
  week: 7 * 24 * HOUR,
  month: 30 * 24 * HOUR,
  year: 365 * 24 * HOUR,
};

/**
 * The shortest duration `humanDuration` prints as `text`, or null when `text` is not one of
 * its phrases. Reading the engine's own status back this way means an aged status never runs
 * ahead of the engine's.
 */
export const parseHumanDuration = (text: string): number | null => {
  if (text === 'Less than a second') return 0;
  if (text === 'About a minute') return MINUTE;
  if (text === 'About an hour') return HOUR;
  const match = /^(\d+) (second|minute|hour|day|week|month|year)s?$/.exec(text);
  if (!match) return null;
  const n = Number(match[1]);
  const unit = match[2] ?? '';
  const ms = n * (UNIT_MS[unit] ?? 0);
  return unit === 'second' || unit === 'minute' || unit === 'year' ? ms : ms - HOUR / 2;
};
