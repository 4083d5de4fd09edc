import { describe, expect, it, vi } from 'vitest';
import { currentLanguage, onLanguageChange, setLanguage } from './i18n.js';
import { addBundle, interpolate, wordMessage } from './words.js';

// Registered directly (not through catalogue()) so a bundle can hold what the types forbid: the
// Chinese `rows_one` below is a trap that only the wrong plural rules would pick.
addBundle('words-spec', {
  en: {
    rows_one: '{{count}} row',
    rows_other: '{{count}} rows',
    onlyEnglish_one: 'one thing',
    onlyEnglish_other: '{{count}} things',
    none_zero: 'nothing',
    none_one: 'one',
    none_other: 'some',
    plain: 'plain words',
    plain_other: 'plain other',
    otherOnly_other: 'other only',
    empty: 'English for empty',
    greet: 'Hello {{name}}, {{ name }}!',
  },
  'zh-CN': { rows_one: 'WRONG', rows_other: '{{count}} 行', empty: '', greet: '你好 {{name}}' },
});

const en = (key: string, params?: Readonly<Record<string, string | number>>): string =>
  wordMessage('en', 'words-spec', key, params);
const zh = (key: string, params?: Readonly<Record<string, string | number>>): string =>
  wordMessage('zh-CN', 'words-spec', key, params);

describe('interpolate', () => {
  it('fills every {{name}}, spaces inside the braces allowed, without escaping', () => {
    expect(en('greet', { name: '<b>&' })).toBe('Hello <b>&, <b>&!');
  });

  it('leaves a parameter that is not given as written', () => {
    expect(en('greet')).toBe('Hello {{name}}, {{ name }}!');
    expect(interpolate('{{a}} {{b}}', { a: 1 })).toBe('1 {{b}}');
  });

  it('does not fill the braces a value brings with it', () => {
    expect(interpolate('{{a}} {{b}}', { a: '{{b}}', b: 'B' })).toBe('{{b}} B');
  });
});

describe('plurals', () => {
  it('follow English rules in English: one for 1 only', () => {
    expect(en('rows', { count: 1 })).toBe('1 row');
    expect(en('rows', { count: 0 })).toBe('0 rows');
    expect(en('rows', { count: 2 })).toBe('2 rows');
    expect(en('rows', { count: 1.5 })).toBe('1.5 rows');
  });

  it('follow Chinese rules in Chinese: always other, even for 1', () => {
    expect(zh('rows', { count: 1 })).toBe('1 行');
    expect(zh('rows', { count: 3 })).toBe('3 行');
  });

  it('use the fallback language rules when the message comes from English', () => {
    expect(zh('onlyEnglish', { count: 1 })).toBe('one thing');
    expect(zh('onlyEnglish', { count: 4 })).toBe('4 things');
  });

  it('take _zero for 0 when there is one, then the plain key, then _other', () => {
    expect(en('none', { count: 0 })).toBe('nothing');
    expect(en('none', { count: 1 })).toBe('one');
    expect(en('plain', { count: 1 })).toBe('plain words');
    expect(en('otherOnly', { count: 1 })).toBe('other only');
  });

  it('apply only to a numeric count', () => {
    expect(en('rows', { count: '1' })).toBe('rows');
    expect(en('plain', { count: '1' })).toBe('plain words');
  });
});

describe('fallback', () => {
  it('words a key Chinese lacks, or leaves empty, in English', () => {
    expect(zh('plain')).toBe('plain words');
    expect(zh('empty')).toBe('English for empty');
  });

  it('gives the key itself when no language has it, or the namespace is unknown', () => {
    expect(zh('nowhere')).toBe('nowhere');
    expect(en('constructor')).toBe('constructor');
    expect(wordMessage('en', 'no-such-namespace', 'key')).toBe('key');
  });
});

describe('language changes', () => {
  it('notify listeners once per change, and no more after they stop', async () => {
    await setLanguage('en');
    const listener = vi.fn();
    const stop = onLanguageChange(listener);
    await setLanguage('zh-CN');
    expect(currentLanguage()).toBe('zh-CN');
    await setLanguage('zh-CN');
    expect(listener.mock.calls).toEqual([['zh-CN']]);
    stop();
    await setLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(currentLanguage()).toBe('en');
  });
});
