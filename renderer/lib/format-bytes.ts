import { currentLanguage, type Language } from '../i18n/index.js';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

const formats = new Map<string, Intl.NumberFormat>();
const number = (language: Language, digits: number): Intl.NumberFormat => {
  const key = `${language}/${digits}`;
  let format = formats.get(key);
  if (!format) {
    // No grouping: "1023 B" and "4096 TiB" read as one figure next to a unit.
    format = new Intl.NumberFormat(language, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    formats.set(key, format);
  }
  return format;
};

/**
 * The one byte formatter of every view: binary units named as such (KiB, MiB, GiB), as
 * `docker stats` shows them, so a size reads the same in stats, images, files and volumes.
 * One decimal below 100, written as the reader's language writes numbers; an unknown size
 * (null, negative, not finite) is a dash.
 */
export const formatBytes = (bytes: number | null, language: Language = currentLanguage()): string => {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${number(language, digits).format(value)} ${UNITS[unit] ?? 'B'}`;
};
