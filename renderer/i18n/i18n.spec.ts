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

describe('worded cache', () => {
  it('is emptied when a catalogue is registered again', async () => {
    await setLanguage('en');
    const first = catalogue('i18n-spec-again', { en: { word: 'first' }, 'zh-CN': { word: '一' } });
    expect(translate(first, 'word')).toBe('first');
    const second = catalogue('i18n-spec-again', { en: { word: 'second' }, 'zh-CN': { word: '二' } });
    expect(translate(second, 'word')).toBe('second');
    await setLanguage('zh-CN');
    expect(translate(second, 'word')).toBe('二');
    await setLanguage('en');
  });
});

describe('lng parameter', () => {
  const cat = catalogue('i18n-spec-lng', { en: { now: 'just now' }, 'zh-CN': { now: '刚刚' } });

  it('words in the language it names, whatever the current one', async () => {
    await setLanguage('en');
    expect(translate(cat, 'now', { lng: 'zh-CN' })).toBe('刚刚');
    expect(translate(cat, 'now')).toBe('just now');
    await setLanguage('zh-CN');
    expect(translate(cat, 'now', { lng: 'en' })).toBe('just now');
    expect(translate(cat, 'now', { lng: 'fr' })).toBe('just now');
    expect(translate(cat, 'now')).toBe('刚刚');
    await setLanguage('en');
  });
});
