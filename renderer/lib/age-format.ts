import { currentLanguage, translate, type Language } from '../i18n/index.js';
import { libMessages } from './messages.js';

const formats = new Map<Language, Intl.RelativeTimeFormat>();
const relative = (language: Language): Intl.RelativeTimeFormat => {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
    formats.set(language, format);
  }
  return format;
};

const UNITS: readonly (readonly [Intl.RelativeTimeFormatUnit, number])[] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "3 minutes ago" / "3分钟前" from the engine's `created` (epoch seconds), in the reader's language;
 * under a minute, or clock skew, is "just now".
 */
export const formatAge = (
  createdSeconds: number,
  nowMs: number,
  language: Language = currentLanguage(),
): string => {
  const elapsed = Math.floor(nowMs / 1000 - createdSeconds);
  for (const [unit, seconds] of UNITS) {
    if (elapsed >= seconds) return relative(language).format(-Math.floor(elapsed / seconds), unit);
  }
  return translate(libMessages, 'justNow', { lng: language });
};
