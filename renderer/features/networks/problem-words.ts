import { translate, type Catalogue, type Translate } from '../../i18n/index.js';
import { problemMessages } from './messages.js';

type ProblemKey = typeof problemMessages extends Catalogue<infer M> ? Parameters<Translate<M>>[0] : never;

/**
 * The network rules live in shared/networks (the backend applies the same ones) and say what is wrong
 * in English. The dialogs word them in the reader's language by recognising their English shape; the
 * named groups become the message's parameters. A message no pattern knows stays English.
 */
const PATTERNS: readonly (readonly [RegExp, ProblemKey])[] = [
  [/^A name is required\.$/, 'nameRequired'],
  [/^Use letters, digits, _ \. - only, starting with a letter or digit/, 'nameRule'],
  [/^A gateway or IP range needs a subnet\.$/, 'gatewayNeedsSubnet'],
  [/^IPv6 needs a subnet, like /, 'ipv6NeedsSubnet'],
  [/^A network named "(?<name>.*)" already exists\.$/s, 'nameTaken'],
  [/^(?<subnet>\S+) is not an (?<family>IPv[46]) subnet\.$/, 'notSubnetOf'],
  [/^(?<subnet>\S+) has host bits set; the subnet is (?<fixed>\S+)\.$/, 'hostBits'],
  [/^\/(?<prefix>\d+) is too small: .*\(at most \/(?<max>\d+)\)\.$/, 'tooSmall'],
  [/^(?<range>\S+) has host bits set; the range is (?<fixed>\S+)\.$/, 'rangeHostBits'],
  [/^The IP range (?<range>\S+) is not inside the subnet (?<subnet>\S+)\.$/, 'rangeOutside'],
  [/^(?<subnet>\S+) overlaps (?<other>\S+) of the network "(?<name>.*)"\.$/s, 'overlaps'],
  [/^The gateway "(?<text>.*)" is not a valid IP address\.$/s, 'gatewayInvalid'],
  [
    /^The gateway (?<text>\S+) is (?<family>IPv[46]), but the network has no IPv[46] subnet\.$/,
    'gatewayNoFamily',
  ],
  [/^The gateway (?<text>\S+) is outside the subnet (?<subnets>.+)\.$/, 'gatewayOutside'],
  [/^The gateway (?<text>\S+) is the subnet's network address\.$/, 'gatewayNetwork'],
  [/^The gateway (?<text>\S+) is the subnet's broadcast address\.$/, 'gatewayBroadcast'],
  [/^The address "(?<text>.*)" is not a valid IP address\.$/s, 'addressInvalid'],
  [
    /^The address (?<text>\S+) is (?<family>IPv[46]), but the network has no IPv[46] subnet\.$/,
    'addressNoFamily',
  ],
  [/^The address (?<text>\S+) is outside the subnet (?<subnets>.+)\.$/, 'addressOutside'],
  [/^The address (?<text>\S+) is the subnet's network address\.$/, 'addressNetwork'],
  [/^The address (?<text>\S+) is the subnet's broadcast address\.$/, 'addressBroadcast'],
  [/^"(?<text>.*)" is not a valid IP address\.$/s, 'notIp'],
  [/^(?<text>\S+) is not an (?<family>IPv[46]) address\.$/, 'notFamily'],
  [/^This network has no (?<family>IPv[46]) subnet of its own, so it cannot/, 'noSubnetForStatic'],
  [/^"(?<text>.*)" needs a prefix length, like /s, 'needsPrefix'],
  [/^"(?<text>.*)" is not a valid IPv4 or IPv6 address\.$/s, 'notAddress'],
  [/^The prefix length must be a number from 0 to (?<max>\d+), not "(?<text>.*)"\.$/s, 'prefixRange'],
  [/^Line (?<line>\d+): the key before "=" is missing\.$/, 'keyMissing'],
  [/^Line (?<line>\d+): the key "(?<key>.*)" contains a space\.$/s, 'keySpace'],
  [/^Line (?<line>\d+): "(?<key>.*)" is given twice\.$/s, 'keyTwice'],
  [/^At most (?<max>\d+) entries\.$/, 'tooMany'],
];

/** One rule's English message in the current language (English itself when no pattern knows it). */
export const wordNetworkProblem = (english: string): string => {
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(english);
    if (match) return translate(problemMessages, key, { ...match.groups });
  }
  return english;
};

/** Every field's message worded; the keys (field names) stay as they are. */
export const wordNetworkErrors = <E extends Partial<Record<string, string>>>(errors: E): E =>
  Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      field,
      message === undefined ? message : wordNetworkProblem(message),
    ]),
  ) as E;
