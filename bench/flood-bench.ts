import { readFile } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { docker } from '../electron/core/testing/docker-cli.js';
import { runBenchContainer } from './fixtures.js';
import { droppedLines, logStatus, openList } from './log-page.js';

export interface MemorySeries {
  readonly start: number;
  readonly max: number;
  readonly end: number;
}

export interface HeapPoint {
  readonly seconds: number;
  readonly used: number;
  readonly backing: number;
}

export interface FloodFigures {
  readonly seconds: number;
  readonly samples: number;
  /** The page's used JS heap (CDP Runtime.getHeapUsage), bytes. */
  readonly heap: MemorySeries;
  /** The `berth web` process's resident set (VmRSS), bytes. */
  readonly rss: MemorySeries;
  /** The page's used JS heap after a forced GC at the end (what the flood really keeps alive). */
  readonly heapAfterGc: number;
  /** ArrayBuffer backing stores (xterm's scrollback rows live there, outside the JS heap), after that GC. */
  readonly backingAfterGc: number;
  /** Used heap and backing stores every 10 s: whether it levels off. */
  readonly points: readonly HeapPoint[];
  readonly dropped: number;
  /** The status line at the end ("Following", or "Following · N lines dropped"). */
  readonly status: string;
}

const series = (values: readonly number[]): MemorySeries => ({
  start: values[0] ?? Number.NaN,
  max: Math.max(...values),
  end: values.at(-1) ?? Number.NaN,
});

const rssOf = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!match?.[1]) throw new Error(`no VmRSS for ${String(pid)}`);
  return Number(match[1]) * 1024;
};

/**
 * A busybox `yes` container (json-file log capped at 2 × 10 MB so the engine's disk stays
 * bounded) with its log view open and following for `seconds`; every 2 s the page's JS heap
 * and the backend's RSS are sampled. The first sample is taken once the view is following.
 */
export const benchFlood = async (
  browser: Browser,
  berth: BerthWeb,
  image: string,
  seconds: number,
): Promise<FloodFigures> => {
  const name = 'berth-bench-flood';
  const id = await runBenchContainer(
    image,
    name,
    'flood',
    ['yes'],
    ['--log-opt', 'max-size=10m', '--log-opt', 'max-file=2'],
  );
  const { context, page } = await openList(browser, berth, name);
  const heap: number[] = [];
  const rss: number[] = [];
  const points: HeapPoint[] = [];
  try {
    const cdp = await context.newCDPSession(page);
    // backingStorageSize: ArrayBuffer memory, which usedSize leaves out (Chromium ≥ 137).
    const usage = async (): Promise<{ usedSize: number; backingStorageSize?: number }> =>
      cdp.send('Runtime.getHeapUsage');
    const sample = async (seconds: number): Promise<void> => {
      const u = await usage();
      heap.push(u.usedSize);
      rss.push(await rssOf(berth.pid));
      if (seconds % 10 === 0) points.push({ seconds, used: u.usedSize, backing: u.backingStorageSize ?? 0 });
    };
    await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
    await page
      .locator('.logs p[role=status]')
      .filter({ hasText: /^Following/ })
      .waitFor({ timeout: 30_000 });
    const start = performance.now();
    await sample(0);
    for (let i = 1; i * 2 <= seconds; i++) {
      const wait = start + i * 2000 - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await sample(i * 2);
    }
    const status = await logStatus(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await usage();
    return {
      seconds,
      samples: heap.length,
      heap: series(heap),
      rss: series(rss),
      heapAfterGc: afterGc.usedSize,
      backingAfterGc: afterGc.backingStorageSize ?? 0,
      points,
      dropped: droppedLines(status),
      status,
    };
  } finally {
    await context.close();
    await docker('rm', '-f', id);
  }
};
