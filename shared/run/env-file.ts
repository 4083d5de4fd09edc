/**
 * Reads a `.env` block or an env file as `docker run --env-file` does (the CLI's kvfile):
 * leading blanks of a line dropped, `#` comments and blank lines skipped, the name up to the
 * first `=` without blanks in it (a file with `NAME = value` is refused, as the CLI refuses
 * it), the value kept as written. Berth adds two things compose users paste: an optional
 * `export ` prefix, and a value in matching quotes unquoted. A line without `=` is reported:
 * the CLI would read that variable from its own environment, which a GUI does not have.
 */
export interface EnvFileResult {
  readonly entries: readonly { readonly key: string; readonly value: string }[];
  readonly errors: readonly { readonly line: number; readonly message: string }[];
}

const unquote = (value: string): string => {
  if (value.length >= 2) {
    const first = value[0];
    const last = value[value.length - 1];
    if (first === "'" && last === "'") return value.slice(1, -1);
    if (first === '"' && last === '"') {
      return value.slice(1, -1).replace(/\\([\\"n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
  }
  return value;
};

export const parseEnvFile = (text: string): EnvFileResult => {
  const entries: { key: string; value: string }[] = [];
  const errors: { line: number; message: string }[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) return;
    const body = line.startsWith('export ') ? line.slice('export '.length).trimStart() : line;
    const eq = body.indexOf('=');
    if (eq < 0) {
      errors.push({ line: index + 1, message: `"${body.trim()}" has no "=": give it a value.` });
      return;
    }
    const key = body.slice(0, eq);
    const problem = /[ \t]/.test(key)
      ? `"${key}": a name in an env file cannot contain spaces or tabs (the docker CLI refuses the file).`
      : envKeyProblem(key);
    if (problem) {
      errors.push({ line: index + 1, message: problem });
      return;
    }
    entries.push({ key, value: unquote(body.slice(eq + 1).replace(/\r$/, '')) });
  });
  return { entries, errors };
};

/**
 * A name for `-e NAME=value`: the CLI takes any name but an empty one (blanks included); a
 * `=` would end the name early, and NUL cannot pass through argv or the engine's API.
 */
export const envKeyProblem = (key: string): string | null => {
  if (key === '') return 'A variable needs a name (found "=" at the start).';
  if (key.includes('=')) return `"${key}": a name cannot contain "=" (the rest would become the value).`;
  if (key.includes('\0')) return 'A name cannot contain NUL bytes.';
  if (key.length > 256) return 'A name is at most 256 characters.';
  return null;
};

/** Adds parsed entries to the rows: a name already there gets the new value in its place. */
export const mergeEnv = (
  rows: readonly { readonly key: string; readonly value: string }[],
  entries: readonly { readonly key: string; readonly value: string }[],
): { key: string; value: string }[] => {
  const merged = rows.map((row) => ({ ...row }));
  for (const entry of entries) {
    const existing = merged.find((row) => row.key === entry.key);
    if (existing) existing.value = entry.value;
    else merged.push({ ...entry });
  }
  return merged;
};

export type EnvArgResult =
  | { readonly ok: true; readonly key: string; readonly value: string }
  | { readonly ok: false; readonly message: string; readonly fromEnvironment?: true };

/**
 * One `-e` value as the CLI reads it (ValidateEnv): split at the first `=`, a name that is not
 * empty. `NAME` alone takes the value from the CLI's environment, which Berth does not have.
 */
export const parseEnvArg = (text: string): EnvArgResult => {
  const eq = text.indexOf('=');
  const key = eq < 0 ? text : text.slice(0, eq);
  if (key === '') return { ok: false, message: `invalid environment variable: ${text}` };
  if (eq < 0) {
    return { ok: false, fromEnvironment: true, message: `"${text}" has no "=": give it a value.` };
  }
  const problem = envKeyProblem(key);
  return problem ? { ok: false, message: problem } : { ok: true, key, value: text.slice(eq + 1) };
};
