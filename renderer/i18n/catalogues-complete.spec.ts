import { describe, expect, it } from 'vitest';
import { errorTexts } from '../../shared/contract/error-texts.js';
import { languages, type Language } from './i18n.js';
import { registeredBundles } from './words.js';

// Every catalogue of the renderer registers itself when its module loads: load them all.
const modules = import.meta.glob(['../**/messages.ts', '../**/error-messages.ts'], { eager: true });

const base = (key: string): string => key.replace(/_(zero|one|two|few|many|other)$/, '');
const bundleOf = (lng: Language, ns: string): Readonly<Record<string, string>> =>
  registeredBundles().get(ns)?.[lng] ?? {};
const keysOf = (lng: Language, ns: string): Set<string> => new Set(Object.keys(bundleOf(lng, ns)).map(base));

describe('catalogues', () => {
  const namespaces = [...registeredBundles().keys()];

  it('are found (the glob above reaches them)', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(3);
    expect(namespaces).toContain('errors');
  });

  it.each(namespaces)('%s has every key in every language', (ns) => {
    const english = keysOf('en', ns);
    for (const lng of languages) {
      const keys = keysOf(lng, ns);
      expect(
        [...english].filter((k) => !keys.has(k)),
        `${lng} lacks`,
      ).toEqual([]);
      expect(
        [...keys].filter((k) => !english.has(k)),
        `${lng} has keys English lacks`,
      ).toEqual([]);
      for (const [key, text] of Object.entries(bundleOf(lng, ns))) {
        expect(text.trim(), `${lng}:${ns}:${key} is empty`).not.toBe('');
      }
    }
  });

  it('word every error the backend can send', () => {
    const worded = keysOf('zh-CN', 'errors');
    expect(
      Object.keys(errorTexts)
        .map(base)
        .filter((k) => !worded.has(k)),
    ).toEqual([]);
  });
});
