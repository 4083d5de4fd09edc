import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** All CPUs' time so far, and how much of it idle (Linux /proc/stat, in clock ticks). */
const cpuTimes = async (): Promise<{ total: number; idle: number } | null> => {
  const stat = await readFile('/proc/stat', 'utf8').catch(() => null);
  const fields = stat?.split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number);
  if (!fields || fields.length < 5 || fields.some(Number.isNaN)) return null;
  // user nice system idle iowait irq softirq steal …: idle and iowait are time no one wanted a CPU.
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { total: fields.reduce((a, b) => a + b, 0), idle };
};

export interface Quiet {
  /** The CPUs were that idle (false: gave up, or cannot tell). */
  readonly quiet: boolean;
  /** What it found, for a table's title. */
  readonly line: string;
}

/**
 * Waits until the machine's CPUs were at least `idleShare` idle over `windowMs`, so a timed
 * page load measures the page and not the tail of the setup before it: an engine that has just
 * started hundreds of containers can keep both cores of this machine busy for a while after it
 * reports them running. Gives up after `timeoutMs` (the line then says how busy it still was).
 * What it found is returned as a line for the table, and whether the machine got that idle.
 */
export const waitForQuiet = async ({
  idleShare = 0.85,
  windowMs = 1_000,
  timeoutMs = 120_000,
}: { idleShare?: number; windowMs?: number; timeoutMs?: number } = {}): Promise<Quiet> => {
  const started = Date.now();
  const unknown: Quiet = { quiet: false, line: 'CPU idle share: not known here (no /proc/stat)' };
  let before = await cpuTimes();
  if (!before) return unknown;
  for (;;) {
    await sleep(windowMs);
    const after = await cpuTimes();
    if (!after) return unknown;
    const share = (after.idle - before.idle) / Math.max(1, after.total - before.total);
    const waited = ((Date.now() - started) / 1000).toFixed(0);
    const percent = `${(share * 100).toFixed(0)} %`;
    if (share >= idleShare) {
      return {
        quiet: true,
        line: `timed once the CPUs were ${percent} idle over ${String(windowMs)} ms (waited ${waited} s for it)`,
      };
    }
    if (Date.now() - started > timeoutMs) {
      return {
        quiet: false,
        line: `timed on a busy machine: CPUs only ${percent} idle after ${waited} s of waiting`,
      };
    }
    before = after;
  }
};
