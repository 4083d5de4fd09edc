import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.js';

describe('formatBytes', () => {
  it('counts bytes below one KiB as bytes, without decimals', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
  });

  it('names binary units as IEC units, one decimal below 100', () => {
    expect(formatBytes(1024)).toBe('1.0 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50.0 MiB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MiB');
    expect(formatBytes(3.25 * 1024 ** 3)).toBe('3.3 GiB');
    expect(formatBytes(2 * 1024 ** 4)).toBe('2.0 TiB');
  });

  it('stays in TiB beyond the largest unit', () => {
    expect(formatBytes(4096 * 1024 ** 4)).toBe('4096 TiB');
  });

  it('shows an unknown size as a dash', () => {
    expect(formatBytes(null)).toBe('—');
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('never prints a decimal-unit name (KB, MB)', () => {
    for (const n of [1500, 1_500_000, 1_500_000_000]) expect(formatBytes(n)).toMatch(/ (KiB|MiB|GiB)$/);
  });
});

describe('formatBytes in Simplified Chinese', () => {
  it('keeps the IEC unit names and writes the figure as zh-CN does', () => {
    expect(formatBytes(1536, 'zh-CN')).toBe('1.5 KiB');
    expect(formatBytes(200 * 1024 * 1024, 'zh-CN')).toBe('200 MiB');
    expect(formatBytes(null, 'zh-CN')).toBe('—');
  });
});
