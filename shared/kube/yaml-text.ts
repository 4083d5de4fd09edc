/**
 * A small YAML writer for generated manifests: every string is written as a JSON string (valid
 * YAML, so nothing a container put in a name, env value or label can change the structure),
 * keys plain when they are plain words.
 */
type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;

const key = (k: string): string => (PLAIN_KEY.test(k) ? k : JSON.stringify(k));

const scalar = (value: string | number | boolean | null): string =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

const isEmptyContainer = (value: Json): boolean =>
  Array.isArray(value)
    ? value.length === 0
    : typeof value === 'object' && value !== null && Object.keys(value).length === 0;

const lines = (value: Json, indent: string): string[] => {
  if (Array.isArray(value)) {
    const out: string[] = [];
    for (const item of value as readonly Json[]) {
      if (typeof item === 'object' && item !== null && !isEmptyContainer(item)) {
        const inner = lines(item, `${indent}  `);
        out.push(`${indent}- ${(inner[0] ?? '').trimStart()}`, ...inner.slice(1));
      } else {
        out.push(`${indent}- ${inline(item)}`);
      }
    }
    return out;
  }
  if (typeof value === 'object' && value !== null) {
    const out: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (typeof v === 'object' && v !== null && !isEmptyContainer(v)) {
        out.push(`${indent}${key(k)}:`, ...lines(v, Array.isArray(v) ? indent : `${indent}  `));
      } else {
        out.push(`${indent}${key(k)}: ${inline(v)}`);
      }
    }
    return out;
  }
  return [`${indent}${scalar(value)}`];
};

const inline = (value: Json): string =>
  Array.isArray(value) ? '[]' : typeof value === 'object' && value !== null ? '{}' : scalar(value);

export type { Json };

/** One YAML document for a JSON-like value. */
export const toYaml = (value: Json): string => `${lines(value, '').join('\n')}\n`;

/** `# ` before each line of a comment (newlines in the text cannot end the comment early). */
export const yamlComment = (text: string): string =>
  text
    .split(/\r?\n|\r/)
    .map((l) => `# ${l}`.trimEnd())
    .join('\n');
