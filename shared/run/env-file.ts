/**
 * Reads a `.env` block or an env file: `KEY=VALUE` per line, `#` comments and blank lines
 * skipped, an optional `export ` prefix, and a value in matching single or double quotes
 * unquoted (so what compose users paste works as well as `docker run --env-file`). A line
 * without `=` is reported: the CLI would read that variable from its own environment, which a
 * GUI does not have.
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
    const key = body.slice(0, eq).trim();
    const problem = envKeyProblem(key);
    if (problem) {
      errors.push({ line: index + 1, message: problem });
      return;
    }
    entries.push({ key, value: unquote(body.slice(eq + 1).trim()) });
  });
  return { entries, errors };
};

/** Docker accepts almost any name, but not an empty one, `=`, whitespace or NUL. */
export const envKeyProblem = (key: string): string | null => {
  if (key === '') return 'A variable needs a name (found "=" at the start).';
  if (key.includes('=')) return `"${key}": a name cannot contain "=".`;
  if (/\s/.test(key)) return `"${key}": a name cannot contain spaces.`;
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
