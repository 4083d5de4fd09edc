/** Sections of the dialog an engine error can be shown next to. */
export type RunSection = 'basic' | 'ports' | 'env' | 'volumes' | 'network' | 'resources' | 'advanced';

/**
 * The engine's sentences that carry a user's value at a known place (an image, a name, a
 * network): decided by the sentence, before any word of the value could count.
 */
const SENTENCES: readonly [RegExp, RunSection][] = [
  [/^no such image: /i, 'basic'],
  [/^conflict\. the container name /i, 'basic'],
  [/^network \S+ not found$/i, 'network'],
];

/** The engine's own words, matched as whole words once quoted values are gone. */
const RULES: readonly [RegExp, RunSection][] = [
  [/\bports?\b|\baddress already in use\b|\bbind for\b/i, 'ports'],
  [/\bmount\b|\bvolumes?\b|\bbind source\b|\binvalid mode\b|\bno such file or directory\b/i, 'volumes'],
  [/\bnetwork\b|\bendpoint\b/i, 'network'],
  [/\bmemory\b|\bcpus?\b|\bnanocpus\b/i, 'resources'],
  [/\benv\b|\benvironment variable\b/i, 'env'],
  [
    /\bcapabilit(y|ies)\b|\bprivileged\b|\brestart\b|\bhostname\b|\bextra ?hosts?\b|\bread-only\b/i,
    'advanced',
  ],
];

/** Quoted values ("/my-port", "bind") and paths are the user's, never the engine's words. */
const withoutValues = (message: string): string =>
  message.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(^|\s)\/\S*/g, '$1');

/**
 * Which section an engine message belongs to, so it is shown verbatim next to the fields it
 * is about; anything else (no such image, name conflicts) goes to the basic section. Words
 * inside names, images and paths do not count: an image "envoy-port" is not about ports.
 */
export const sectionForEngineError = (message: string): RunSection => {
  const trimmed = message.trim();
  const sentence = SENTENCES.find(([pattern]) => pattern.test(trimmed));
  if (sentence) return sentence[1];
  const words = withoutValues(trimmed);
  return RULES.find(([pattern]) => pattern.test(words))?.[1] ?? 'basic';
};
