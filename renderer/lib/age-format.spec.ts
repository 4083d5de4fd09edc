import { describe, expect, it } from 'vitest';
import { formatAge } from './age-format.js';

const created = 1_700_000_000;
const after = (seconds: number): number => (created + seconds) * 1000;

describe('formatAge', () => {
  it('reads like a person would say it', () => {
    expect(formatAge(created, after(0))).toBe('just now');
    expect(formatAge(created, after(59))).toBe('just now');
    expect(formatAge(created, after(60))).toBe('1 minute ago');
    expect(formatAge(created, after(3 * 60 + 59))).toBe('3 minutes ago');
    expect(formatAge(created, after(2 * 3600))).toBe('2 hours ago');
    expect(formatAge(created, after(3 * 86400))).toBe('3 days ago');
    expect(formatAge(created, after(400 * 86400))).toBe('1 year ago');
  });

  it('treats a creation time in the future (clock skew) as just now', () => {
    expect(formatAge(created, after(-30))).toBe('just now');
  });
});

describe('formatAge in Simplified Chinese', () => {
  it('words ages as Chinese says them', () => {
    expect(formatAge(created, after(10), 'zh-CN')).toBe('刚刚');
    expect(formatAge(created, after(3 * 60), 'zh-CN')).toBe('3分钟前');
    expect(formatAge(created, after(2 * 3600), 'zh-CN')).toBe('2小时前');
    expect(formatAge(created, after(400 * 86400), 'zh-CN')).toBe('1年前');
  });
});
