import { BUILTIN_NETWORKS } from '../contract/networks.js';

const BUILTIN = new Set<string>(BUILTIN_NETWORKS);

export const isBuiltinNetworkName = (name: string): boolean => BUILTIN.has(name);

/**
 * Why a network cannot be removed now (built in, or containers attached, named), or null.
 * The backend refuses with it; the renderer says it before anyone clicks Remove.
 */
export const removalRefusal = (name: string, attached: readonly string[]): string | null => {
  if (isBuiltinNetworkName(name)) {
    return `"${name}" is one of Docker's built-in networks (bridge, host, none); the engine needs it, so it cannot be removed.`;
  }
  if (attached.length === 0) return null;
  const names = [...attached].sort();
  return names.length === 1
    ? `The network "${name}" is in use by the container ${names.join(', ')}; disconnect or remove it first.`
    : `The network "${name}" is in use by the containers ${names.join(', ')}; disconnect or remove them first.`;
};
