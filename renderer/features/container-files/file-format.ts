import type { DirEntry } from '../../../shared/contract/files.js';

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
