/**
 * The catalogues' messages and the rule that words one: what Berth used of i18next, without the
 * library (50 kB of the first chunk, and its start-up work per catalogue). Registering a catalogue
 * keeps the objects it was given, so start-up costs one map insert per feature.
 */
import type { Language } from './i18n.js';

export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;
export type Bundle = Readonly<Record<Language, Messages>>;

/** The language a key missing in the reader's language is looked up in. */
const FALLBACK: Language = 'en';

const bundles = new Map<string, Bundle>();

/** Registers a namespace's messages; a namespace registered again is replaced (a module reloaded). */
export const addBundle = (ns: string, bundle: Bundle): void => {
  bundles.set(ns, bundle);
};

/** Every registered namespace and its messages, for the spec that checks the catalogues are complete. */
export const registeredBundles = (): ReadonlyMap<string, Bundle> => bundles;

const pluralRules = new Map<Language, Intl.PluralRules>();
const pluralCategory = (language: Language, count: number): string => {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
};

/**
 * A message of the catalogue, or `undefined`: own keys only (`constructor` is no message), and an
 * empty message counts as missing, so it falls back rather than showing nothing.
 */
const own = (messages: Messages, key: string): string | undefined =>
  Object.hasOwn(messages, key) && messages[key] !== '' ? messages[key] : undefined;

/**
 * The template for `key` in one language. With a numeric `count` the keys tried are, in order:
 * `key_zero` when count is 0 (a catalogue may word "none" apart even where the language has no zero
 * form), `key_<category>` by the language's plural rules, the plain `key`, then `key_other`.
 */
const templateIn = (
  language: Language,
  messages: Messages,
  key: string,
  count: string | number | undefined,
): string | undefined => {
  if (typeof count !== 'number') return own(messages, key);
  const category = pluralCategory(language, count);
  return (
    (count === 0 ? own(messages, `${key}_zero`) : undefined) ??
    own(messages, `${key}_${category}`) ??
    own(messages, key) ??
    own(messages, `${key}_other`)
  );
};

/** Wider than `Params`: a backend error's parameters may bring a boolean, a cast may bring undefined. */
const textOf = (value: string | number | boolean | null | undefined): string =>
  value === undefined || value === null ? '' : String(value);

/**
 * `{{name}}` filled from `params`, unescaped (React escapes text itself). A name the params lack stays
 * as written, so a missing parameter shows in the page instead of vanishing; one present but
 * `undefined` (only through a cast) becomes empty. Values are not searched for `{{…}}` again.
 */
export const interpolate = (template: string, params: Params | undefined): string => {
  if (params === undefined || !template.includes('{{')) return template;
  return template.replace(/\{\{(.+?)\}\}/g, (whole, inner: string) => {
    const name = inner.trim();
    if (!Object.hasOwn(params, name)) return whole;
    return textOf(params[name]);
  });
};

/**
 * `key` of namespace `ns` in `language`, falling back to English, then to the key itself (so a
 * missing message shows its key rather than nothing).
 */
export const wordMessage = (language: Language, ns: string, key: string, params?: Params): string => {
  const bundle = bundles.get(ns);
  if (bundle === undefined) return interpolate(key, params);
  const count = params?.count;
  const template =
    templateIn(language, bundle[language], key, count) ??
    (language === FALLBACK ? undefined : templateIn(FALLBACK, bundle[FALLBACK], key, count)) ??
    key;
  return interpolate(template, params);
};
