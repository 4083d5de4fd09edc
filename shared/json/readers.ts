/*
 * Readers for JSON of unknown shape (engine answers, config files): each takes what it is given
 * and returns a value of its type, never throws, so a missing or odd field reads as empty or 0.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object's fields; {} for anything that is not a plain object (arrays included). */
export const obj = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/** A finite number; 0 otherwise (NaN and Infinity included). */
export const num = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

/** A string; '' otherwise. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An array's items; [] otherwise. */
export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
