/**
 * Shell-like word splitting for the command and entrypoint fields, as POSIX sh splits words
 * without expansion: whitespace separates, single quotes are literal, double quotes keep
 * `\"`, `\\`, `\$` and `` \` `` escapes, a backslash outside quotes escapes the next character.
 */
export type SplitResult =
  { readonly ok: true; readonly words: string[] } | { readonly ok: false; readonly error: string };

export const splitShellWords = (text: string): SplitResult => {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: 'Unterminated single quote.' };
      word += text.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (ch === '"') {
      i++;
      let closed = false;
      while (i < text.length) {
        const c = text[i] as string;
        if (c === '"') {
          closed = true;
          i++;
          break;
        }
        if (c === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1] as string)) {
          word += text[i + 1] as string;
          i += 2;
        } else {
          word += c;
          i++;
        }
      }
      if (!closed) return { ok: false, error: 'Unterminated double quote.' };
      inWord = true;
    } else if (ch === '\\') {
      if (i + 1 >= text.length) return { ok: false, error: 'A backslash at the end escapes nothing.' };
      word += text[i + 1] as string;
      inWord = true;
      i += 2;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else {
      word += ch;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  return { ok: true, words };
};

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes one word for a POSIX shell; words that need nothing stay as they are. */
export const shellQuote = (word: string): string =>
  SAFE.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;

/** Quotes each word and joins them: the result, run by `sh -c`, sees exactly `argv`. */
export const shellJoin = (argv: readonly string[]): string => argv.map(shellQuote).join(' ');
