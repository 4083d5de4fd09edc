/**
 * A feature's messages in every language, registered under the feature's namespace.
 * Keys are typed: `t('rowCount', { count })` fails to compile if the key is not in the English
 * catalogue, and the Chinese catalogue must have every key the English one has (plural forms follow
 * each language's rules: English has `_one`/`_other`, Chinese only `_other`).
 */
import { useMemo, useSyncExternalStore } from 'react';
import { currentLanguage, languages, onLanguageChange, type Language } from './i18n.js';
import { addBundle, wordMessage, type Messages, type Params } from './words.js';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** `rows_one` and `rows_other` are both the key `rows`. */
export type BaseKey<K> = K extends `${infer B}_${PluralSuffix}` ? B : K;

export type { Messages, Params };

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
  addBundle(ns, messages);
  worded.clear();
  return { ns, messages };
}

export type Translate<M extends Messages> = (key: BaseKey<keyof M & string>, params?: Params) => string;

/**
 * Worded messages, by namespace, key and parameters. A list of a few hundred rows words the same
 * cells over and over (the first screen once spent more time wording them than drawing the rows).
 * A message depends only on the language, the catalogues and the (primitive) parameters, so the
 * cache is emptied whenever either of the first two changes, and when it grows large.
 */
const worded = new Map<string, string>();
const MAX_WORDED = 20_000;
onLanguageChange(() => {
  worded.clear();
});

/**
 * The language to word in: the current one, unless the params name another in `lng` (a caller that
 * words for a given language, such as renderer/lib/age-format.ts); one Berth has no words in means
 * English, the fallback. The cache needs nothing more: `lng` is part of the params in its key.
 */
const languageFor = (params: Params | undefined): Language => {
  const lng = params?.lng;
  if (lng === undefined) return currentLanguage();
  return languages.find((l) => l === lng) ?? 'en';
};

const word = (ns: string, key: string, params: Params | undefined): string => {
  const id = params === undefined ? `${ns}\u0000${key}` : `${ns}\u0000${key}\u0000${JSON.stringify(params)}`;
  const hit = worded.get(id);
  if (hit !== undefined) return hit;
  const text = wordMessage(languageFor(params), ns, key, params);
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

/** The React way: re-renders when the language changes (a new function then, as the words are new). */
export function useT<M extends Messages>(cat: Catalogue<M>): Translate<M> {
  // The same snapshot when rendered to static markup (the unit specs) as in the page.
  const language = useSyncExternalStore(onLanguageChange, currentLanguage, currentLanguage);
  const { ns } = cat;
  // `language` is what makes a new function: the words it gives change with it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo<Translate<M>>(() => (key, params) => word(ns, key, params), [ns, language]);
}
