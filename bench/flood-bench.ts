import { readdir, readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { docker } from '../electron/core/testing/docker-cli.js';
import { SPOOL_FOLDER_NAME } from '../electron/core/logs/spool/spool-folder.js';
import { SPOOL_LIMIT_MB } from '../shared/logs/explorer.js';
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

export interface ExplorerFloodFigures {
  readonly seconds: number;
  readonly limitMb: number;
  readonly samples: number;
  readonly heap: MemorySeries;
  readonly rss: MemorySeries;
  /** Bytes of this Berth's spool files on disk. */
  readonly spool: MemorySeries;
  /** Every 10 s: what the view says (lines held, oldest dropped) and the spool on disk. */
  readonly points: readonly {
    readonly seconds: number;
    readonly status: string;
    readonly spoolBytes: number;
    readonly heap: number;
    readonly rss: number;
  }[];
  /** "First line" clicked at the end → the first held line drawn (the view still answers). */
  readonly firstLineMs: number;
  readonly dropped: number;
  readonly status: string;
}

/** Where `berth web` (with the bench's environment) keeps its spools: see spool-folder.ts. */
const spoolRootOf = (): string =>
  join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'berth', SPOOL_FOLDER_NAME);

const spoolBytesOf = async (pid: number): Promise<number> => {
  const root = spoolRootOf();
  let total = 0;
  for (const folder of await readdir(root).catch(() => [] as string[])) {
    if (!folder.startsWith(`${String(pid)}-`)) continue;
    for (const file of await readdir(join(root, folder), { recursive: true })) {
      const info = await stat(join(root, folder, file)).catch(() => null);
      if (info?.isFile()) total += info.size;
    }
  }
  return total;
};

const EXPLORER_STATUS = '.lx p[role=status]';

/**
 * The same `yes` flood with the log explorer open and following over a small spool (the
 * smallest limit the user may set): the spool grows to its limit, then the oldest lines are
 * dropped and counted in the view's status, while page heap, backend RSS and the spool on disk
 * are sampled every 2 s. The saved limit is put back afterwards.
 */
export const benchExplorerFlood = async (
  browser: Browser,
  berth: BerthWeb,
  image: string,
  seconds: number,
): Promise<ExplorerFloodFigures> => {
  const name = 'berth-bench-flood-lx';
  const limitMb = SPOOL_LIMIT_MB.min;
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
  const spool: number[] = [];
  const points: { seconds: number; status: string; spoolBytes: number; heap: number; rss: number }[] = [];
  const limitField = page.getByLabel('Spool limit (MB)', { exact: true });
  let savedLimit: string | null = null;
  try {
    const cdp = await context.newCDPSession(page);
    await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
    const load = page.getByRole('button', { name: 'Load full history', exact: true });
    await load.click();
    // The limit applies to spools opened after it changes: set it, then open the explorer again.
    savedLimit = await limitField.inputValue();
    await limitField.fill(String(limitMb));
    await page.getByRole('button', { name: 'Back to the recent lines', exact: true }).click();
    await load.click();
    await page.locator(EXPLORER_STATUS).first().waitFor({ timeout: 30_000 });
    const start = performance.now();
    for (let i = 0; i * 2 <= seconds; i++) {
      const wait = start + i * 2000 - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const resident = await rssOf(berth.pid);
      const bytes = await spoolBytesOf(berth.pid);
      heap.push(used);
      rss.push(resident);
      spool.push(bytes);
      if ((i * 2) % 10 === 0) {
        const status = (await page.locator(EXPLORER_STATUS).first().textContent()) ?? '';
        points.push({ seconds: i * 2, status, spoolBytes: bytes, heap: used, rss: resident });
      }
    }
    const status = (await page.locator(EXPLORER_STATUS).first().textContent()) ?? '';
    const dropped = Number(/([\d,]+) oldest lines dropped/.exec(status)?.[1]?.replace(/,/g, '') ?? 0);
    const t0 = performance.now();
    await page.getByRole('button', { name: 'First line', exact: true }).click();
    await page.locator(`.lx-window [data-line="${String(dropped + 1)}"]`).waitFor({ timeout: 30_000 });
    const firstLineMs = performance.now() - t0;
    return {
      seconds,
      limitMb,
      samples: heap.length,
      heap: series(heap),
      rss: series(rss),
      spool: series(spool),
      points,
      firstLineMs,
      dropped,
      status,
    };
  } finally {
    if (savedLimit !== null) await limitField.fill(savedLimit).catch(() => undefined);
    await context.close();
    await docker('rm', '-f', id);
  }
};
