/**
 * The one i18next instance the renderer uses. Catalogues register themselves (see catalogue.ts), so
 * there is no central list for features to edit; the language follows the OS/browser until the user
 * picks one in settings.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { config as zodConfig, locales as zodLocales } from 'zod';

export const languages = ['en', 'zh-CN'] as const;
export type Language = (typeof languages)[number];

/** Picks the supported language closest to what the browser or OS prefers. */
export function matchLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
    // Simplified Chinese is what zh, zh-CN, zh-SG and zh-Hans mean; Traditional falls back to English
    // rather than showing simplified characters to a zh-TW reader who did not ask for them.
    if (lower === 'zh' || lower === 'zh-cn' || lower === 'zh-sg' || lower.startsWith('zh-hans'))
      return 'zh-CN';
  }
  return 'en';
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

export const i18n: I18n = i18next.createInstance();
void i18n.init({
  lng: matchLanguage(browserLanguages()),
  fallbackLng: 'en',
  supportedLngs: [...languages],
  // React escapes text itself; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  initAsync: false,
  resources: {},
  returnNull: false,
});

/**
 * What follows the language wherever it changes (a setting, another window, the OS): the page's
 * `lang` (screen readers, fonts, hyphenation) and zod's messages for the forms the renderer checks.
 */
const follow = (language: string): void => {
  zodConfig(language === 'zh-CN' ? zodLocales.zhCN() : zodLocales.en());
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
follow(i18n.language);
i18n.on('languageChanged', follow);

/** The language in use now. */
export function currentLanguage(): Language {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** Switches language without a reload; `undefined` goes back to following the OS/browser. */
export async function setLanguage(language: Language | undefined): Promise<void> {
  const next = language ?? matchLanguage(browserLanguages());
  await i18n.changeLanguage(next);
}
