import type { KeptSetting } from '../contract/run.js';

type Flags = (value: unknown) => string[] | null;

/** An empty or zero value is the engine's default: nothing to say, and nothing lost. */
const text =
  (flag: string): Flags =>
  (value) =>
    typeof value === 'string' ? (value === '' ? [] : [flag, value]) : null;
const integer =
  (flag: string): Flags =>
  (value) =>
    typeof value === 'number' ? (value === 0 ? [] : [flag, String(value)]) : null;
/** Byte counts with the CLI's `b` unit, so no suffix rounding can change them. */
const bytes =
  (flag: string): Flags =>
  (value) =>
    typeof value === 'number' ? (value === 0 ? [] : [flag, value === -1 ? '-1' : `${value}b`]) : null;

/** Kept settings the docker CLI has a flag for, by inspect path. */
const FLAGS: Readonly<Record<string, Flags>> = {
  'Config.Domainname': text('--domainname'),
  'HostConfig.CgroupParent': text('--cgroup-parent'),
  'HostConfig.CpuShares': integer('--cpu-shares'),
  'HostConfig.MemoryReservation': bytes('--memory-reservation'),
  'HostConfig.MemorySwap': bytes('--memory-swap'),
  'HostConfig.OomScoreAdj': integer('--oom-score-adj'),
  'Config.ExposedPorts': (value) =>
    typeof value === 'object' && value !== null
      ? Object.keys(value).flatMap((port) => ['--expose', port])
      : null,
};

/**
 * The `docker run` flags for settings the form does not model but Edit and Clone keep, so "Copy as
 * docker run" recreates them too; `unsaid` lists the kept settings no CLI flag can set.
 */
export const keptArgv = (kept: readonly KeptSetting[]): { argv: string[]; unsaid: string[] } => {
  const argv: string[] = [];
  const unsaid: string[] = [];
  for (const { path, value } of kept) {
    const toFlags = FLAGS[path];
    const flags = toFlags ? toFlags(JSON.parse(value) as unknown) : null;
    if (flags) argv.push(...flags);
    else unsaid.push(path);
  }
  return { argv, unsaid };
};
