import type { EndpointInfo } from '../../shared/contract/engine.js';
import type { ErrorEnvelope, ErrorText } from '../../shared/contract/errors.js';
import { errorTexts } from '../../shared/contract/error-texts.js';
import { currentLanguage, translate } from '../i18n/index.js';
import { retryingImport } from '../lib/chunk-import.js';
import { chunkLoader } from '../lib/use-chunk.js';
import { errorMessages } from './error-messages.js';

/**
 * zod's locales word its issues, and they need zod: a chunk of their own, fetched the first time
 * an error carries such an issue (the client waits for it, see `needsZodWords`), so zod is not
 * loaded at start-up for errors that mostly never come.
 */
const zodWords = chunkLoader(retryingImport(() => import('./zod-words.js').then((m) => m.wordZodIssue)));

/** True when the envelope has a zod issue to word: `loadZodWords` before making its RpcError. */
export const needsZodWords = (envelope: ErrorEnvelope): boolean =>
  envelope.text?.key === 'zod' || (envelope.issues?.some((issue) => issue.text?.key === 'zod') ?? false);

/** Fetches zod's wording once; a failed fetch leaves those issues in the backend's English. */
export const loadZodWords = (): Promise<unknown> => zodWords.load();

const wordZod = (params: ErrorText['params'], fallback: string): string => {
  if (!params || typeof params.code !== 'string') return fallback;
  return zodWords.get()?.(params, currentLanguage()) ?? fallback;
};

/** A key this renderer words: plain, or a plural one the backend sends without its `_one`/`_other`. */
export const hasTextKey = (table: object, key: string): boolean =>
  Object.hasOwn(table, key) || Object.hasOwn(table, `${key}_other`);

const known = (key: string): boolean => hasTextKey(errorTexts, key);

/**
 * The words of a backend error in the reader's language: its key from the `errors` catalogue, a zod
 * issue by zod's own locale (once `loadZodWords` has fetched it); the English `fallback` when the key
 * is unknown to this renderer (a newer backend) or the error carries none.
 */
export const wordError = (text: ErrorText | undefined, fallback: string): string => {
  if (!text || !known(text.key)) return fallback;
  if (text.key === 'zod') return wordZod(text.params, fallback);
  const params = Object.fromEntries(
    Object.entries(text.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
  ) as Readonly<Record<string, string | number>>;
  return translate(errorMessages, text.key as 'cancelled', params);
};

/** Where the engine is and why there, in the reader's language (the backend's `describeEndpoint`). */
export const wordEndpoint = (endpoint: EndpointInfo | null): string => {
  if (!endpoint) return translate(errorMessages, 'endpointNone');
  const { url } = endpoint;
  const context = endpoint.context ?? '';
  switch (endpoint.source) {
    case 'DOCKER_HOST':
      return translate(errorMessages, 'endpointDockerHost', { url });
    case 'DOCKER_CONTEXT':
      return translate(errorMessages, 'endpointDockerContext', { url, context });
    case 'currentContext':
      return translate(errorMessages, 'endpointCurrentContext', { url, context });
    case 'default':
      return translate(errorMessages, 'endpointDefault', { url });
  }
};

/**
 * Why an engine is down or not responding, in the reader's language. The backend's `{{where}}` is
 * English; it is worded again from the status's own endpoint, the one the reason was made for.
 */
export const wordEngineReason = (status: {
  readonly endpoint: EndpointInfo | null;
  readonly reason: string;
  readonly reasonText?: ErrorText;
}): string => {
  const text = status.reasonText;
  if (!text?.params || !('where' in text.params)) return wordError(text, status.reason);
  return wordError(
    { key: text.key, params: { ...text.params, where: wordEndpoint(status.endpoint) } },
    status.reason,
  );
};
