/** One challenge of a `WWW-Authenticate` header: `Bearer realm="…",service="…",scope="…"`. */
export interface AuthChallenge {
  /** Lower-cased: `basic`, `bearer`. */
  readonly scheme: string;
  /** Parameter names lower-cased, values unquoted. */
  readonly params: Readonly<Record<string, string>>;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/;

/**
 * Parses a `WWW-Authenticate` value as RFC 7235 writes it (several challenges, separated by
 * commas; quoted strings with backslash escapes), the way distribution's client reads it.
 * Unparsable rest is dropped rather than guessed at.
 */
export const parseWwwAuthenticate = (header: string): AuthChallenge[] => {
  const challenges: AuthChallenge[] = [];
  let rest = header;
  const skip = (pattern: RegExp): void => {
    rest = rest.replace(pattern, '');
  };
  let current: { scheme: string; params: Record<string, string> } | null = null;
  while (rest.length > 0) {
    skip(/^[\s,]+/);
    const word = TOKEN.exec(rest)?.[0];
    if (!word) break;
    const after = rest.slice(word.length);
    // `name=value` continues the current challenge; a bare token starts a new one.
    const param = /^\s*=\s*/.exec(after);
    if (param && current) {
      rest = after.slice(param[0].length);
      let value = '';
      if (rest.startsWith('"')) {
        let i = 1;
        for (; i < rest.length && rest[i] !== '"'; i++) {
          if (rest[i] === '\\' && i + 1 < rest.length) i++;
          value += rest.charAt(i);
        }
        rest = rest.slice(i + 1);
      } else {
        value = /^[^,\s]*/.exec(rest)?.[0] ?? '';
        rest = rest.slice(value.length);
      }
      const key = word.toLowerCase();
      if (!Object.hasOwn(current.params, key)) current.params[key] = value;
      continue;
    }
    current = { scheme: word.toLowerCase(), params: Object.create(null) as Record<string, string> };
    challenges.push(current);
    rest = after;
  }
  return challenges;
};
