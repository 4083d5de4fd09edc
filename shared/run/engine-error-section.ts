/** Sections of the dialog an engine error can be shown next to. */
export type RunSection = 'basic' | 'ports' | 'env' | 'volumes' | 'network' | 'resources' | 'advanced';

const RULES: readonly [RegExp, RunSection][] = [
  [/port|address already in use|bind for/i, 'ports'],
  [/mount|volume|bind source|invalid mode|no such file or directory/i, 'volumes'],
  [/network|endpoint/i, 'network'],
  [/memory|cpu|nanocpus/i, 'resources'],
  [/env|environment variable/i, 'env'],
  [/capabilit|privileged|restart|hostname|extra ?host|read-only/i, 'advanced'],
];

/**
 * Which section an engine message belongs to, so it is shown verbatim next to the fields it
 * is about; anything else (no such image, name conflicts) goes to the basic section.
 */
export const sectionForEngineError = (message: string): RunSection =>
  RULES.find(([pattern]) => pattern.test(message))?.[1] ?? 'basic';
