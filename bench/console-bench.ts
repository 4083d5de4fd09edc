import type { Browser } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { backToList, clickUntilLogEnd, droppedLines, logStatus, openList } from './log-page.js';
import { cliLogs } from './logs-bench.js';
import { median, percentile, timed } from './stats.js';

/** The log view's default "Scrollback lines": the console is measured as a person gets it. */
export const CONSOLE_SCROLLBACK = 10_000;

export interface ConsoleRow {
  readonly scrollback: number;
  readonly consoleMs: number;
  /** Lines the view reported dropped during the full-history load. */
  readonly dropped: number;
}

export interface ConsoleFigures {
  readonly cliMs: number;
  readonly rows: readonly ConsoleRow[];
}

/**
 * The full history of a stopped container into the web UI's console: engine → backend →
 * WebSocket → write batcher → xterm, timed in the page from the click on "Apply" (empty "Lines of history") to
 * the "— container stopped —" note (sent after the last line) drawn in the new terminal. Once
 * per scrollback size (set in the view's field first): the console ends holding exactly the
 * last that many lines, and lines older than that which the engine delivers faster than xterm
 * draws are dropped and counted (the view says how many). `docker logs` into /dev/null is
 * measured in the same run, interleaved.
 */
export const benchConsole = async (
  browser: Browser,
  berth: BerthWeb,
  id: string,
  name: string,
  runs: number,
  scrollbacks: readonly number[],
): Promise<ConsoleFigures> => {
  const { context, page } = await openList(browser, berth, name);
  const cli: number[] = [];
  const ours = scrollbacks.map(() => [] as number[]);
  const dropped = scrollbacks.map(() => 0);
  try {
    // One size at a time: a big terminal let go is collected during whatever runs next.
    for (const [k, scrollback] of scrollbacks.entries()) {
      for (let i = 0; i < runs; i++) {
        cli.push((await timed(() => cliLogs(id))).ms);
        // Open the detail and let the tail settle, then load everything.
        await clickUntilLogEnd(page, name, `Open ${name}`, 30_000);
        await page.getByLabel('Scrollback lines').fill(String(scrollback));
        // The whole history into the console: an empty "Lines of history" (the "Load full
        // history" button opens the explorer, measured by explorer-bench.ts).
        await page.getByLabel('Lines of history', { exact: true }).fill('');
        ours[k]?.push(await clickUntilLogEnd(page, name, 'Apply', 600_000));
        dropped[k] = Math.max(dropped[k] ?? 0, droppedLines(await logStatus(page)));
        await backToList(page, name);
      }
    }
  } finally {
    await context.close();
  }
  return {
    cliMs: median(cli),
    rows: scrollbacks.map((scrollback, k) => ({
      scrollback,
      consoleMs: median(ours[k] ?? []),
      dropped: dropped[k] ?? 0,
    })),
  };
};

export interface FirstScreenFigures {
  readonly lines: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/**
 * Opening a container's detail (Logs is the first tab) until the tail's last line, and the
 * "— container stopped —" note after it, are in the DOM; one warm-up open, then `runs` timed ones.
 */
export const benchFirstScreen = async (
  browser: Browser,
  berth: BerthWeb,
  name: string,
  lines: number,
  runs: number,
): Promise<FirstScreenFigures> => {
  const { context, page } = await openList(browser, berth, name);
  const times: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const ms = await clickUntilLogEnd(page, name, `Open ${name}`, 30_000);
      if (i > 0) times.push(ms);
      await backToList(page, name);
    }
  } finally {
    await context.close();
  }
  return { lines, p50: median(times), p95: percentile(times, 95), max: Math.max(...times) };
};
