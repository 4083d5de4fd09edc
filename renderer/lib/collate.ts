import { currentLanguage, type Language } from '../i18n/index.js';

const collators = new Map<Language, Intl.Collator>();

/**
 * How the reader's language sorts names (numbers by value: web-2 before web-10). Asked for per sort,
 * not kept in a module constant, so a language switch applies without a reload.
 */
export const nameCollator = (language: Language = currentLanguage()): Intl.Collator => {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
    collators.set(language, collator);
  }
  return collator;
};

export const compareNames = (a: string, b: string, language?: Language): number =>
  nameCollator(language).compare(a, b);
