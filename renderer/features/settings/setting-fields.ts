import { z } from 'zod';

/** How the settings screen shows one field; decided from the field's schema, so new fields need no view code. */
export type FieldControl =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'choice'; readonly options: readonly string[] }
  | { readonly kind: 'number'; readonly min: number | null; readonly max: number | null }
  | { readonly kind: 'text'; readonly nullable: boolean; readonly maxLength: number | null };

/**
 * The control for a field's schema, or `null` for what a form cannot edit (lists, records: the
 * views that own them edit those, e.g. favourites and sort orders).
 */
export const controlFor = (schema: z.ZodType): FieldControl | null => {
  if (schema instanceof z.ZodBoolean) return { kind: 'boolean' };
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options.map(String) };
  if (schema instanceof z.ZodNumber) {
    return { kind: 'number', min: finite(schema.minValue), max: finite(schema.maxValue) };
  }
  if (schema instanceof z.ZodString) return { kind: 'text', nullable: false, maxLength: schema.maxLength };
  if (schema instanceof z.ZodNullable) {
    const inner = schema.unwrap() as z.ZodType;
    if (inner instanceof z.ZodString) return { kind: 'text', nullable: true, maxLength: inner.maxLength };
  }
  return null;
};

const finite = (n: number | null): number | null => (n !== null && Number.isFinite(n) ? n : null);

/** `closeToTray` → "Close to tray": the label of a field no catalogue knows yet. */
export const humanise = (key: string): string => {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** What a text box holds turned into the field's value: an empty nullable text is `null`. */
export const textValue = (control: FieldControl, raw: string): unknown => {
  if (control.kind === 'number') return raw.trim() === '' ? Number.NaN : Number(raw);
  if (control.kind === 'text' && control.nullable && raw.trim() === '') return null;
  return raw;
};
