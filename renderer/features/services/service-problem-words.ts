import { translate, type Catalogue, type Translate } from '../../i18n/index.js';
import { wordProblem } from '../run/index.js';
import { problemMessages } from './messages.js';

type ProblemKey = typeof problemMessages extends Catalogue<infer M> ? Parameters<Translate<M>>[0] : never;

/**
 * The service form's rules (shared/swarm/service-form.ts, also applied by the backend) say what is
 * wrong in English; as the run dialog does, the dialog recognises each message's shape and words it
 * in the user's language. What no pattern here knows goes to the run dialog's patterns (image
 * references, variable names), and what neither knows stays English rather than a guess.
 */
const PATTERNS: readonly (readonly [RegExp, ProblemKey])[] = [
  [/^"(?<line>.*)" is not KEY=value\.$/s, 'notKeyValue'],
  [/^A bind mount needs an absolute host path\.$/, 'bindAbsolute'],
  [/^A tmpfs mount has no source\.$/, 'tmpfsSource'],
  [/^Give the mount target\.$/, 'giveMountTarget'],
  [/^The mount target must be an absolute path/, 'mountTargetAbsolute'],
  [/^"(?<text>.*)" is not a constraint \(e\.g\. node\.role==manager\)\.$/s, 'constraint'],
  [/^Port (?<port>\S+) is already published by row (?<row>\d+)\.$/, 'publishedInRow'],
  [/^A fixed host-mode port can serve one task per node/, 'hostPortHint'],
  [/^The secret (?<name>.+) is listed twice\.$/s, 'secretTwice'],
  [/^The config (?<name>.+) is listed twice\.$/s, 'configTwice'],
  [/^A config target is an absolute path\.$/, 'configTarget'],
  [/^A secret target cannot contain "\.\."\.$/, 'secretTarget'],
  [/^must be 1 to 63 letters, digits and - \(a DNS label\)$/, 'serviceName'],
  [/^is not a network name$/, 'networkName'],
];

/** One rule's English message in the current language. */
export const wordServiceProblem = (english: string): string => {
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(english);
    if (match) return translate(problemMessages, key, { ...match.groups });
  }
  return wordProblem(english);
};

/** Every field's message worded; the keys (field paths) stay as they are. */
export const wordServiceProblems = (problems: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(problems).map(([path, message]) => [path, wordServiceProblem(message)]));
