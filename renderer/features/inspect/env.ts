export interface EnvVar {
  readonly name: string;
  readonly value: string;
}

/** `KEY=VALUE` as Docker stores it; a bare `KEY` has an empty value. */
export const parseEnv = (entries: readonly unknown[]): EnvVar[] =>
  entries
    .filter((e): e is string => typeof e === 'string')
    .map((entry) => {
      const eq = entry.indexOf('=');
      return eq < 0 ? { name: entry, value: '' } : { name: entry.slice(0, eq), value: entry.slice(eq + 1) };
    });

/** A masked value gives away neither its content nor its exact length. */
export const MASK = '••••••••';

export const shownValue = (value: string, revealed: boolean): string =>
  revealed || value === '' ? value : MASK;

/** The tree's copy of the document: Config.Env values masked unless revealed. */
export const maskEnvIn = (doc: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const config = doc.Config;
  if (typeof config !== 'object' || config === null || !('Env' in config) || !Array.isArray(config.Env))
    return { ...doc };
  const env = parseEnv(config.Env as unknown[]).map((v) => (v.value === '' ? v.name : `${v.name}=${MASK}`));
  return { ...doc, Config: { ...config, Env: env } };
};
