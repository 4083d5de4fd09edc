import { describe, expect, it } from 'vitest';
import { compareNames } from './collate.js';

describe('compareNames', () => {
  it('sorts numbers by value and ignores case', () => {
    expect(['web-10', 'Web-2', 'api'].sort((a, b) => compareNames(a, b, 'en'))).toEqual([
      'api',
      'Web-2',
      'web-10',
    ]);
  });

  it('sorts Chinese names by pinyin in zh-CN, unlike code-point order', () => {
    // 北 (běi) before 上 (shàng) in pinyin; by code point 上 (U+4E0A) comes first.
    expect(['上海', '北京'].sort((a, b) => compareNames(a, b, 'zh-CN'))).toEqual(['北京', '上海']);
    expect(['上海', '北京'].sort()).toEqual(['上海', '北京']);
  });
});
