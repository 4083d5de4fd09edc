export type KeyValuesResult =
  | { readonly ok: true; readonly values: Record<string, string> }
  | { readonly ok: false; readonly error: string };

const MAX_ENTRIES = 64;

/**
 * Parses `key=value` per line (labels, driver options) as a person types them: blank lines are
 * skipped, the value may contain `=`, a key without `=` has an empty value.
 */
export const parseKeyValueLines = (text: string): KeyValuesResult => {
  // A Map, so a key like `__proto__` is just a key.
  const values = new Map<string, string>();
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const eq = line.indexOf('=');
    const key = (eq < 0 ? line : line.slice(0, eq)).trim();
    const value = eq < 0 ? '' : line.slice(eq + 1).trim();
    if (key === '') return { ok: false, error: `Line ${index + 1}: the key before "=" is missing.` };
    if (/\s/.test(key)) return { ok: false, error: `Line ${index + 1}: the key "${key}" contains a space.` };
    if (values.has(key)) return { ok: false, error: `Line ${index + 1}: "${key}" is given twice.` };
    if (values.size >= MAX_ENTRIES) return { ok: false, error: `At most ${MAX_ENTRIES} entries.` };
    values.set(key, value);
  }
  return { ok: true, values: Object.fromEntries(values) };
};
