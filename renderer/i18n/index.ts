/** Translation for the renderer: `catalogue()` in a feature's `messages.ts`, `useT()` in its components. */
export { catalogue, translate, useT, type Catalogue, type Translate } from './catalogue.js';
export { currentLanguage, languages, matchLanguage, setLanguage, type Language } from './i18n.js';
