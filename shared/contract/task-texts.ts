import type { ErrorText, TextParams } from './errors.js';
import { formatText } from './error-texts.js';

/**
 * The English words of a task's title, outcome and step, by key. The backend sends the key and its
 * parameters beside the English (kept as the fallback); the renderer's `taskTexts` catalogue words
 * it in the reader's language. `{{name}}` is a parameter; `_one`/`_other` pick by `count`.
 */
export const taskTexts = {
  cancelled: 'Cancelled.',
  pullTitle: 'Pull {{ref}}',
  pushTitle: 'Push {{ref}}',
  askingCredentials: 'Asking {{binary}} for credentials…',
  pulled_one: 'Pulled {{ref}} ({{count}} layer).',
  pulled_other: 'Pulled {{ref}} ({{count}} layers).',
  pushed_one: 'Pushed {{ref}} ({{count}} layer).',
  pushed_other: 'Pushed {{ref}} ({{count}} layers).',
  pushedDigest_one: 'Pushed {{ref}} ({{count}} layer): {{digest}}.',
  pushedDigest_other: 'Pushed {{ref}} ({{count}} layers): {{digest}}.',
  composeTitle: 'Compose {{command}} {{target}}',
  composeFinished: '{{what}} finished for {{target}}.',
  deployStackTitle: 'Deploy stack {{name}}',
  stackDeployed: 'Stack {{name}} deployed.',
  loadTitle: 'Load images from a tar',
  loadedNothing: 'The tar held no images.',
  loaded: 'Loaded {{images}}.',
  buildTitle: 'Build {{name}}',
  built: 'Built {{id}}.',
  builtTagged: 'Built {{id}}, tagged {{tags}}.',
  /** Items: a build step, a layer of a loaded image, and a step's state. */
  buildStep: 'Step {{index}}/{{total}}: {{instruction}}',
  layer: 'Layer {{id}}',
  stepRunning: 'Running',
  stepDone: 'Done',
  stepFailed: 'Failed',
} as const;

export type TaskTextKey<K extends string = keyof typeof taskTexts> = K extends `${infer B}_${'one' | 'other'}`
  ? B
  : K;

/** A task's words in English and by key (the same shape as an error's). */
export interface TaskWorded {
  readonly message: string;
  readonly text: ErrorText;
}

/** A task text's English and its key with parameters, for the renderer to word. */
export const taskWorded = (key: TaskTextKey, params?: TextParams): TaskWorded => ({
  message: formatText(taskTexts, key, params),
  text: params ? { key, params } : { key },
});
