import { describe, expect, it } from 'vitest';
import { formatBytes, formatMode, formatModified } from './file-format.js';

describe('file formatting', () => {
  it('formats sizes in powers of 1024', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(null)).toBe('—');
    expect(formatBytes(-1)).toBe('—');
  });

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
