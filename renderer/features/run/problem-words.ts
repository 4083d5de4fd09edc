import type { FieldErrors } from '../../../shared/run/run-form.js';
import { translate, type Catalogue, type Translate } from '../../i18n/index.js';
import { problemMessages } from './messages.js';

type ProblemKey = typeof problemMessages extends Catalogue<infer M> ? Parameters<Translate<M>>[0] : never;

/**
 * The form's rules live in shared/run (the backend applies the same ones) and say what is wrong in
 * English. The dialog words the common ones in the user's language by recognising their English
 * shape; the named groups become the message's parameters. A message no pattern knows stays
 * English, which is still correct, just untranslated.
 */
const PATTERNS: readonly (readonly [RegExp, ProblemKey])[] = [
  [/^Choose an image\.$/, 'chooseImage'],
  [/^"(?<ref>.*)" is not an image reference: (?<why>.*)$/s, 'notImageRef'],
  [/^Docker accepts names of 2 or more characters/, 'containerName'],
  [/^Berth sends names of at most (?<max>\d+) characters\.$/, 'nameTooLong'],
  [/^"(?<text>.*)" is not a port number or a range like 8000-8010\.$/s, 'notPort'],
  [/^Port 0 is out of range here/, 'portZero'],
  [/^Port (?<port>\d+) is out of range: use 1–65535\.$/, 'portRange'],
  [/^The range (?<range>\S+) runs backwards\.$/, 'rangeBackwards'],
  [/^"(?<ip>.*)" is not an IP address\.$/s, 'notIp'],
  [/^Host port (?<port>\S+) is already used in row (?<row>\d+)\.$/, 'portUsedInRow'],
  [/^Host port (?<port>\S+) is already published by container (?<name>.+)\.$/s, 'portPublishedBy'],
  [/^Host port (?<port>\S+) is already in use on this machine\.$/, 'portInUse'],
  [/^Published ports do not apply to the host network/, 'hostNetworkPorts'],
  [/^(?<key>.+) is already set in row (?<row>\d+)\.$/s, 'keyInRow'],
  [/^(?<path>.+) is already mounted in row (?<row>\d+)\.$/s, 'mountedInRow'],
  [/^Give the host folder\.$/, 'giveHostFolder'],
  [/^The host folder must be an absolute path\.$/, 'hostFolderAbsolute'],
  [/^Give the container path\.$/, 'giveContainerPath'],
  [/^The container path must be an absolute path/, 'containerPathAbsolute'],
  [/^The container path cannot be \/ itself\.$/, 'containerPathRoot'],
  [/^A volume name is 2 or more characters/, 'volumeName'],
  [/^The working directory must be an absolute path/, 'workingDirAbsolute'],
  [/^A user is name or uid, optionally :group\.$/, 'user'],
  [/^A network name is letters, digits, _ \. -\.$/, 'networkName'],
  [/^Maximum retries is a whole number \(0 or more\)\.$/, 'maxRetries'],
  [/^Maximum retries only applies to on-failure\.$/, 'maxRetriesOnFailure'],
  [/^Auto-remove and a restart policy conflict/, 'autoRemoveRestart'],
  [/^"(?<value>.*)" is not a size the docker CLI reads/s, 'notSize'],
  [/^The engine needs at least 6m of memory/, 'memoryMin'],
  [/^"(?<value>.*)" is not a number of CPUs/s, 'notCpus'],
  [/^At least 0\.01 CPUs\.$/, 'cpusMin'],
  [/^At most 1024 CPUs\.$/, 'cpusMax'],
  [/^"(?<value>.*)" is not a capability name/s, 'capability'],
  [/^A hostname is letters, digits, - and dots\.$/, 'hostname'],
  [/^The host network uses the host’s hostname\.$/, 'hostnameHostNetwork'],
  [/^A variable needs a name/, 'envNoName'],
  [/^Unterminated single quote\.$/, 'singleQuote'],
  [/^Unterminated double quote\.$/, 'doubleQuote'],
  [/^A backslash at the end escapes nothing\.$/, 'backslash'],
];

/** One rule's English message in the current language (English itself when no pattern knows it). */
export const wordProblem = (english: string): string => {
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(english);
    if (match) return translate(problemMessages, key, { ...match.groups });
  }
  return english;
};

/** Every field's message worded; the keys (field paths) stay as they are. */
export const wordErrors = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path, wordProblem(message)]));
