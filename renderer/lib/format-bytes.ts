const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'] as const;

/**
 * The one byte formatter of every view: binary units named as such (KiB, MiB, GiB), as
 * `docker stats` shows them, so a size reads the same in stats, images, files and volumes.
 * One decimal below 100; an unknown size (null, negative, not finite) is a dash.
 */
export const formatBytes = (bytes: number | null): string => {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit] ?? 'B'}`;
};
