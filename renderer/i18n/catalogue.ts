/**
 * A feature's messages in every language, registered with i18next under the feature's namespace.
 * Keys are typed: `t('rowCount', { count })` fails to compile if the key is not in the English
 * catalogue, and the Chinese catalogue must have every key the English one has (plural forms follow
 * each language's rules: English has `_one`/`_other`, Chinese only `_other`).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
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

/** Words a message outside React (stores, notices); follows the current language. */
export function translate<M extends Messages>(
  cat: Catalogue<M>,
  key: BaseKey<keyof M & string>,
  params?: Params,
): string {
  return (i18n.t as LooseT)(key, { ns: cat.ns, ...params });
}

/** The React way: re-renders when the language changes. */
export function useT<M extends Messages>(cat: Catalogue<M>): Translate<M> {
  const { t } = useTranslation(cat.ns, { i18n });
  return useCallback((key, params) => (t as LooseT)(key, { ...params }), [t]);
}
