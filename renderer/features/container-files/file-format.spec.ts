import { describe, expect, it } from 'vitest';
import { formatMode, formatModified } from './file-format.js';

describe('file formatting', () => {
  it('formats modes like ls', () => {
    expect(formatMode({ kind: 'directory', mode: 0o755 })).toBe('drwxr-xr-x');
    expect(formatMode({ kind: 'file', mode: 0o4644 })).toBe('-rw-r--r--');
    expect(formatMode({ kind: 'symlink', mode: 0o777 })).toBe('lrwxrwxrwx');
  });

  it('formats times in UTC to the minute', () => {
    expect(formatModified(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02 03:04');
    expect(formatModified(null)).toBe('—');
  });
});
