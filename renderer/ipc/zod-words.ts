import { locales } from 'zod';
import type { ErrorText } from '../../shared/contract/errors.js';
import type { Language } from '../i18n/index.js';

/**
 * A zod issue from the backend in zod's own locale for the reader. Its own chunk, fetched by
 * word-error.ts when the first such issue arrives: wording it needs zod, which the first screen
 * does not load.
 */

const zodLocales = { en: locales.en().localeError, 'zh-CN': locales.zhCN().localeError } as const;

/** A value of the type zod said it received: its locales word the type from the input itself. */
const sampleOf = (received: unknown): unknown => {
  switch (received) {
    case 'number':
      return 0;
    case 'nan':
      return Number.NaN;
    case 'string':
      return '';
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return {};
    case 'null':
      return null;
    case 'bigint':
      return 0n;
    default:
      return undefined;
  }
};

/** The issue whose fields are `params` (see electron/core/rpc/zod-issue-text.ts), worded; undefined if zod has no words. */
export const wordZodIssue = (
  params: NonNullable<ErrorText['params']>,
  language: Language,
): string | undefined => {
  const issue = { ...params, input: sampleOf(params.received), path: [] };
  const worded = zodLocales[language](issue as unknown as Parameters<(typeof zodLocales)['en']>[0]);
  return typeof worded === 'string' ? worded : worded?.message;
};
