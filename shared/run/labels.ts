/** The blanks the docker CLI looks for in label names (opts.ValidateLabel). */
const BLANKS = /[ \t]/;

/**
 * A label key as `--label key=value` needs it: the CLI ignores leading blanks when it checks,
 * refuses an empty name or blanks inside. A `=` cannot be in a key: the CLI would split there.
 */
export const labelKeyProblem = (key: string): string | null => {
  const name = key.replace(/^[ \t]+/, '');
  if (name === '') return 'A label needs a key.';
  if (BLANKS.test(name)) return 'A label key cannot contain spaces or tabs.';
  if (key.includes('=')) return 'A label key cannot contain "=" (the docker CLI splits the label there).';
  return null;
};

export type LabelArgResult =
  | { readonly ok: true; readonly key: string; readonly value: string }
  | { readonly ok: false; readonly message: string };

/** One `--label` value: `key[=value]`, split at the first `=`. */
export const parseLabelArg = (text: string): LabelArgResult => {
  const eq = text.indexOf('=');
  const key = eq < 0 ? text : text.slice(0, eq);
  const problem = labelKeyProblem(key);
  return problem
    ? { ok: false, message: problem }
    : { ok: true, key, value: eq < 0 ? '' : text.slice(eq + 1) };
};
