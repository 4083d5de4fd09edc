import { BUILTIN_NETWORKS } from '../contract/networks.js';
import { worded, type Worded } from '../contract/error-texts.js';

const BUILTIN = new Set<string>(BUILTIN_NETWORKS);

export const isBuiltinNetworkName = (name: string): boolean => BUILTIN.has(name);

/**
 * Why a network cannot be removed now (built in, or containers attached, named), or null.
 * The backend refuses with it; the renderer says it before anyone clicks Remove.
 */
export const removalRefusalWorded = (name: string, attached: readonly string[]): Worded | null => {
  if (isBuiltinNetworkName(name)) return worded('networkBuiltin', { name });
  if (attached.length === 0) return null;
  const names = [...attached].sort();
  return worded('networkInUse', { name, users: names.join(', '), count: names.length });
};

/** `removalRefusalWorded`'s English. */
export const removalRefusal = (name: string, attached: readonly string[]): string | null =>
  removalRefusalWorded(name, attached)?.message ?? null;
