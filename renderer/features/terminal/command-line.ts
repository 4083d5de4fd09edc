/**
 * Splits a command line into arguments the way a POSIX shell would for simple input: spaces
 * separate, single quotes are literal, double quotes and backslashes escape. No expansion.
 * Returns null when a quote is left open.
 */
export const splitCommand = (line: string): string[] | null => {
  const args: string[] = [];
  let current = '';
  let inArg = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quote === "'") {
      if (c === "'") quote = null;
      else current += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < line.length && '"\\$`'.includes(line.charAt(i + 1)))
        current += line.charAt(++i);
      else current += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inArg = true;
    } else if (c === '\\' && i + 1 < line.length) {
      current += line.charAt(++i);
      inArg = true;
    } else if (/\s/.test(c)) {
      if (inArg) args.push(current);
      current = '';
      inArg = false;
    } else {
      current += c;
      inArg = true;
    }
  }
  if (quote) return null;
  if (inArg) args.push(current);
  return args;
};

/** The exec input schema takes at most 64 KiB of data per message: split a big paste. */
export const splitInput = (data: string, max = 64 * 1024): string[] => {
  if (data.length <= max) return [data];
  const parts: string[] = [];
  for (let i = 0; i < data.length; i += max) parts.push(data.slice(i, i + max));
  return parts;
};

export const USER_PATTERN = /^[a-zA-Z0-9_.-]{1,64}(:[a-zA-Z0-9_.-]{1,64})?$/;
