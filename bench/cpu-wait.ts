import { readFileSync } from 'node:fs';

export interface CpuTimes {
  /** Time the thread spent on a CPU. */
  readonly ranMs: number;
  /** Time it was ready to run but waited on the run queue: what a busy machine takes from it. */
  readonly waitedMs: number;
}

/**
 * A thread's scheduler figures from Linux's /proc (`schedstat`: ns on the CPU, ns waiting to run).
 * Null where there is no such file (another OS, a kernel without schedstats, the process gone).
 */
export const threadCpuTimes = (pid: number, tid = pid): CpuTimes | null => {
  try {
    const [ran, waited] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
    if (ran === undefined || waited === undefined || Number.isNaN(ran) || Number.isNaN(waited)) return null;
    return { ranMs: ran / 1e6, waitedMs: waited / 1e6 };
  } catch {
    return null;
  }
};

/** What `after` adds to `before`; null when either is unknown. */
export const cpuTimesBetween = (before: CpuTimes | null, after: CpuTimes | null): CpuTimes | null =>
  before && after ? { ranMs: after.ranMs - before.ranMs, waitedMs: after.waitedMs - before.waitedMs } : null;
