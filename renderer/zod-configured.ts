/**
 * What `import … from 'zod'` means in the renderer's bundle: renderer/vite.config.ts aliases the bare
 * specifier to this module, which configures zod and re-exports it. The configuration so travels
 * with zod itself, to whichever lazy chunk first needs it, instead of depending on an import made
 * first in main.tsx (which put zod on the start-up path of every page). 'zod/v4' is the same
 * modules as 'zod' (one `globalConfig`) under a specifier the alias does not match.
 */
import { config, locales } from 'zod/v4';
import { currentLanguage, onLanguageChange, type Language } from './i18n/i18n.js';

// Our CSP forbids eval, and zod probes `new Function` when it builds a schema unless jitless: the
// probe is reported as a CSP violation even though zod catches it. Every module that builds a
// schema imports zod, so it imports this module first and the setting is in before any schema.
config({ jitless: true });

// zod's own messages (the forms that check with the contract's schemas) in the reader's language,
// wherever it changes (a setting, another window, the OS).
const follow = (language: Language): void => {
  config(language === 'zh-CN' ? locales.zhCN() : locales.en());
};
follow(currentLanguage());
onLanguageChange(follow);

export * from 'zod/v4';
export { default } from 'zod/v4';
