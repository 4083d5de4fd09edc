import { LABEL_FILTER_PATTERN } from '../contract/system.js';

export interface LabelFilter {
  readonly key: string;
  /** Absent: the label only has to be there, with any value. */
  readonly value?: string;
}

/** `key` or `key=value` (the value may itself contain `=`); null when it is not one. */
export const parseLabelFilter = (text: string): LabelFilter | null => {
  if (!LABEL_FILTER_PATTERN.test(text)) return null;
  const eq = text.indexOf('=');
  return eq < 0 ? { key: text } : { key: text.slice(0, eq), value: text.slice(eq + 1) };
};

export const matchesLabel = (
  labels: Readonly<Record<string, string>> | null | undefined,
  filter: LabelFilter | null,
): boolean => {
  if (!filter) return true;
  if (!labels || !Object.hasOwn(labels, filter.key)) return false;
  return filter.value === undefined || labels[filter.key] === filter.value;
};

/** The engine's own filter syntax, for list calls that can narrow by label. */
export const engineLabelFilter = (filter: LabelFilter | null): string[] =>
  filter ? [filter.value === undefined ? filter.key : `${filter.key}=${filter.value}`] : [];
