import type { MountKind, MountRow } from './run-form.js';

export type MountSpecResult =
  { readonly ok: true; readonly row: MountRow } | { readonly ok: false; readonly message: string };

/** One CSV record as Go's encoding/csv reads it: `"` quotes a field, `""` inside is a quote. */
export const csvFields = (text: string): string[] | null => {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return null;
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text.charAt(i);
        i++;
      }
      if (i < text.length && text[i] !== ',') return null;
    } else {
      const comma = text.indexOf(',', i);
      field = comma < 0 ? text.slice(i) : text.slice(i, comma);
      if (field.includes('"')) return null;
      i = comma < 0 ? text.length : comma;
    }
    fields.push(field);
    if (i >= text.length) return fields;
    i++;
  }
};

const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, '1': true, false: false, '0': false };

/**
 * Reads a `--mount` value (the inverse of mountSpec) with the CLI's rules: the whole value
 * trimmed, CSV fields, no blanks around keys or values, no empty values, `src`/`dst`/
 * `destination` aliases, `readonly`/`ro` with an optional boolean. Only what the dialog has is
 * read (volume or bind, source, target, read-only); other options are refused by name.
 */
export const parseMountSpec = (spec: string): MountSpecResult => {
  const value = spec.trim();
  if (value === '') return { ok: false, message: 'value is empty' };
  const fields = csvFields(value);
  if (!fields) return { ok: false, message: `"${value}" is not a comma-separated list of key=value.` };
  let kind: MountKind = 'volume';
  let source = '';
  let target = '';
  let readOnly = false;
  for (const field of fields) {
    const eq = field.indexOf('=');
    const rawKey = eq < 0 ? field : field.slice(0, eq);
    if (rawKey.trim() !== rawKey)
      return { ok: false, message: `option "${rawKey.trim()}" should not have whitespace` };
    const key = rawKey.toLowerCase();
    const val = eq < 0 ? null : field.slice(eq + 1);
    if (val !== null) {
      if (val.trim() === '') return { ok: false, message: `invalid value for '${rawKey}': value is empty` };
      if (val.trim() !== val)
        return { ok: false, message: `the value of '${rawKey}' should not have whitespace` };
    }
    if (val === null && key !== 'readonly' && key !== 'ro') {
      return { ok: false, message: `invalid field '${field}' must be a key=value pair` };
    }
    switch (key) {
      case 'type': {
        const type = (val as string).toLowerCase();
        if (type !== 'volume' && type !== 'bind')
          return { ok: false, message: `mount type "${type}" is not offered here` };
        kind = type;
        break;
      }
      case 'source':
      case 'src':
        source = val as string;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        target = val as string;
        break;
      case 'readonly':
      case 'ro': {
        const flag = val === null ? true : BOOLEANS[val];
        if (flag === undefined)
          return { ok: false, message: `invalid boolean value ("${val}") for '${key}'` };
        readOnly = flag;
        break;
      }
      default:
        return { ok: false, message: `option '${key}' is not offered here` };
    }
  }
  return { ok: true, row: { kind, source, target, readOnly } };
};
