/**
 * A feature's messages in every language, registered with i18next under the feature's namespace.
 * Keys are typed: `t('rowCount', { count })` fails to compile if the key is not in the English
 * catalogue, and the Chinese catalogue must have every key the English one has (plural forms follow
 * each language's rules: English has `_one`/`_other`, Chinese only `_other`).
 */
import { useMemo, useSyncExternalStore } from 'react';
import { i18n, type Language } from './i18n.js';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** `rows_one` and `rows_other` are both the key `rows`. */
export type BaseKey<K> = K extends `${infer B}_${PluralSuffix}` ? B : K;

export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;

export interface Catalogue<M extends Messages> {
  readonly ns: string;
  readonly messages: Readonly<Record<Language, Messages>> & { readonly en: M };
}

/** Chinese has every English key except the `_one` forms: it has no singular, only `_other`. */
export type ChineseOf<M extends Messages> = {
  readonly [K in keyof M as K extends `${string}_one` ? never : K]: string;
};

export function catalogue<M extends Messages>(
  ns: string,
  messages: { readonly en: M; readonly 'zh-CN': ChineseOf<M> },
): Catalogue<M> {
  for (const [lng, bundle] of Object.entries(messages)) {
    i18n.addResourceBundle(lng, ns, bundle, true, true);
  }
  return { ns, messages };
}

/** Keys are checked by our own types above; i18next's global key typing is not set up and would refuse them. */
type LooseT = (key: string, options: Readonly<Record<string, unknown>>) => string;

export type Translate<M extends Messages> = (key: BaseKey<keyof M & string>, params?: Params) => string;

/**
 * Worded messages, by namespace, key and parameters. i18next's `t` works through its options on
 * every call, and a list of a few hundred rows words the same cells over and over: the first
 * screen spent more time in it than in drawing the rows. A message depends only on the language,
 * the catalogues and the (primitive) parameters, so the cache is emptied whenever either of the
 * first two changes, and when it grows large.
 */
const worded = new Map<string, string>();
const MAX_WORDED = 20_000;
i18n.on('languageChanged', () => {
  worded.clear();
});
i18n.store.on('added', () => {
  worded.clear();
});

const word = (ns: string, key: string, params: Params | undefined): string => {
  const id = params === undefined ? `${ns}\u0000${key}` : `${ns}\u0000${key}\u0000${JSON.stringify(params)}`;
  const hit = worded.get(id);
  if (hit !== undefined) return hit;
  const text = (i18n.t as LooseT)(key, { ns, ...params });
  if (worded.size >= MAX_WORDED) worded.clear();
  worded.set(id, text);
  return text;
};

/** Words a message outside React (stores, notices); follows the current language. */
export function translate<M extends Messages>(
  cat: Catalogue<M>,
  key: BaseKey<keyof M & string>,
  params?: Params,
): string {
  return word(cat.ns, key, params);
}

const subscribeLanguage = (onChange: () => void): (() => void) => {
  i18n.on('languageChanged', onChange);
  return () => {
    i18n.off('languageChanged', onChange);
  };
};
const currentLanguageTag = (): string => i18n.language;

/** The React way: re-renders when the language changes (a new function then, as the words are new). */
export function useT<M extends Messages>(cat: Catalogue<M>): Translate<M> {
  // The same snapshot when rendered to static markup (the unit specs) as in the page.
  const language = useSyncExternalStore(subscribeLanguage, currentLanguageTag, currentLanguageTag);
  const { ns } = cat;
  // `language` is what makes a new function: the words it gives change with it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo<Translate<M>>(() => (key, params) => word(ns, key, params), [ns, language]);
}
