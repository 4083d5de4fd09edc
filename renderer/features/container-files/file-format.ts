import type { DirEntry } from '../../../shared/contract/files.js';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1.5 KB" (powers of 1024, as `ls -h` and `docker system df` show). */
export const formatBytes = (bytes: number | null): string => {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${UNITS[unit]}`;
};

const TRIPLES = ['---', '--x', '-w-', '-wx', 'r--', 'r-x', 'rw-', 'rwx'] as const;

/** 0o755 with kind directory → "drwxr-xr-x". */
export const formatMode = (entry: Pick<DirEntry, 'kind' | 'mode'>): string => {
  const prefix =
    entry.kind === 'directory' ? 'd' : entry.kind === 'symlink' ? 'l' : entry.kind === 'other' ? '?' : '-';
  const mode = entry.mode & 0o777;
  return prefix + [6, 3, 0].map((shift) => TRIPLES[(mode >> shift) & 7]).join('');
};

export const formatModified = (ms: number | null): string =>
  ms === null ? '—' : new Date(ms).toISOString().replace('T', ' ').slice(0, 16);
