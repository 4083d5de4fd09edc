/**
 * The language the renderer words in. Catalogues register themselves (see catalogue.ts), so there is
 * no central list for features to edit; the language follows the OS/browser until the user picks one
 * in settings.
 */
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

let language: Language = matchLanguage(browserLanguages());
const listeners = new Set<(language: Language) => void>();

/** Calls `listener` with the new language whenever it changes; returns the way to stop. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * What follows the language wherever it changes (a setting, another window, the OS): the page's
 * `lang` (screen readers, fonts, hyphenation). zod's messages follow it too, from zod's side
 * (renderer/zod-configured.ts): zod is not loaded until a lazy chunk needs it.
 */
const follow = (language: string): void => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};
follow(language);
onLanguageChange(follow);

/** The language in use now. */
export function currentLanguage(): Language {
  return language;
}

/**
 * Switches language without a reload; `undefined` goes back to following the OS/browser. Listeners
 * run before it returns; the promise stays so callers need not change if loading a language ever
 * becomes asynchronous.
 */
export function setLanguage(next: Language | undefined): Promise<void> {
  const chosen = next ?? matchLanguage(browserLanguages());
  if (chosen !== language) {
    language = chosen;
    for (const listener of [...listeners]) listener(chosen);
  }
  return Promise.resolve();
}
