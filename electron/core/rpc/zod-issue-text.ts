import { locales, type z } from 'zod';
import type { ErrorText, TextParams } from '../../../shared/contract/errors.js';

const english = locales.en().localeError;

/** The fields of a zod issue the locales word it from; never the input itself (it may be huge or hostile). */
const FIELDS = [
  'code',
  'expected',
  'origin',
  'format',
  'minimum',
  'maximum',
  'inclusive',
  'exact',
  'divisor',
  'keys',
  'values',
  'pattern',
  'prefix',
  'suffix',
  'includes',
] as const;

const plain = (value: unknown): string | number | boolean | undefined => {
  if (typeof value === 'string') return value.slice(0, 200);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value === null) return 'null';
  return undefined;
};

/** What zod's locales say the input was ("number", "array"…), from its type alone. */
const receivedOf = (input: unknown): string =>
  input === null
    ? 'null'
    : Array.isArray(input)
      ? 'array'
      : typeof input === 'number' && Number.isNaN(input)
        ? 'nan'
        : typeof input;

/**
 * A zod issue as a key with parameters, so the renderer can word it with zod's own locale for the
 * reader's language. Only issues worded by zod itself qualify: a schema's own message (a rule of
 * ours, in English) has no such key and travels as its message.
 */
export const zodIssueText = (
  issue: z.core.$ZodIssue & { readonly input?: unknown },
): ErrorText | undefined => {
  const worded = english(issue as z.core.$ZodRawIssue);
  const builtIn = typeof worded === 'string' ? worded : worded?.message;
  if (builtIn !== issue.message) return undefined;
  const params: Record<string, TextParams[string]> = {
    message: issue.message,
    received: receivedOf(issue.input),
  };
  const record = issue as unknown as Readonly<Record<string, unknown>>;
  for (const field of FIELDS) {
    const value = record[field];
    if (Array.isArray(value)) {
      const items = value
        .slice(0, 20)
        .map(plain)
        .filter((v) => v !== undefined)
        .map(String);
      params[field] = items;
    } else {
      const v = plain(value);
      if (v !== undefined) params[field] = v;
    }
  }
  return { key: 'zod', params };
};
