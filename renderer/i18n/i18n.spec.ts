import { describe, expect, it } from 'vitest';
import { catalogue, translate } from './catalogue.js';
import { matchLanguage, setLanguage } from './i18n.js';

describe('matchLanguage', () => {
  it('maps Simplified Chinese tags to zh-CN and everything else to English', () => {
    expect(matchLanguage(['zh-CN'])).toBe('zh-CN');
    expect(matchLanguage(['zh'])).toBe('zh-CN');
    expect(matchLanguage(['zh-Hans-CN'])).toBe('zh-CN');
    expect(matchLanguage(['zh-TW', 'en-US'])).toBe('en');
    expect(matchLanguage(['fr-FR', 'zh-CN'])).toBe('zh-CN');
    expect(matchLanguage([])).toBe('en');
  });
});

describe('catalogue', () => {
  const cat = catalogue('i18n-spec', {
    en: { greet: 'Hello {{name}}', rows_one: '{{count}} row', rows_other: '{{count}} rows' },
    'zh-CN': { greet: '你好 {{name}}', rows_other: '{{count}} 行' },
  });

  it('words messages with plurals and parameters in the current language', async () => {
    await setLanguage('en');
    expect(translate(cat, 'rows', { count: 1 })).toBe('1 row');
    expect(translate(cat, 'rows', { count: 2 })).toBe('2 rows');
    expect(translate(cat, 'greet', { name: '<b>' })).toBe('Hello <b>');
    await setLanguage('zh-CN');
    expect(translate(cat, 'rows', { count: 1 })).toBe('1 行');
    expect(translate(cat, 'greet', { name: 'x' })).toBe('你好 x');
    await setLanguage('en');
  });
});
