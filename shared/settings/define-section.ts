import { z } from 'zod';

type Fields = Readonly<Record<string, z.ZodType>>;

/**
 * One section of Berth's settings file. Reading is forgiving (a field that does not parse takes its
 * default, unknown keys are kept so a newer Berth's settings survive an older one); writing is strict
 * (a patch with an unknown key or a bad value is refused and changes nothing).
 */
export interface Section<F extends Fields> {
  readonly fields: F;
  readonly defaults: { readonly [K in keyof F]: z.output<F[K]> };
  /** Parses what the file holds; never fails. */
  readonly read: z.ZodType<{ readonly [K in keyof F]: z.output<F[K]> }>;
  /** A change from the UI: any subset of the fields, nothing else. */
  readonly patch: z.ZodType<{ readonly [K in keyof F]?: z.output<F[K]> }>;
}

export function defineSection<F extends Fields>(
  fields: F,
  defaults: { readonly [K in keyof F]: z.output<F[K]> },
): Section<F> {
  const forgiving = Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [key, schema.catch(defaults[key])]),
  );
  const read = z.looseObject(forgiving).catch(() => ({ ...defaults })) as unknown as Section<F>['read'];
  const patch = z.strictObject(fields).partial() as unknown as Section<F>['patch'];
  return { fields, defaults, read, patch };
}

export type SectionValues<S> =
  S extends Section<infer F> ? { readonly [K in keyof F]: z.output<F[K]> } : never;
