/** Immutable row edits for the form's lists. */
export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((existing, i) => (i === index ? item : existing));

export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
