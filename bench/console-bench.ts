import type { Browser } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { backToList, clickUntilLogEnd, droppedLines, logStatus, openList } from './log-page.js';
import { cliLogs } from './logs-bench.js';
import { median, timed } from './stats.js';

/** The log view's default "Scrollback lines": the console is measured as a person gets it. */
export const CONSOLE_SCROLLBACK = 50_000;

export interface ConsoleFigures {
  readonly cliMs: number;
  readonly consoleMs: number;
  /** Lines the view reported dropped during the full-history load. */
  readonly dropped: number;
}

/**
 * The full history of a stopped container into the web UI's console: engine → backend →
 * WebSocket → write batcher → xterm, timed in the page from the click on "Load full history" to
 * the "— container stopped —" note (sent after the last line) drawn in the new terminal. Scrollback stays
 * at the default 50,000 lines: every line is parsed by xterm, the oldest fall off the top (1M
 * lines at ~150 columns would be over 1 GB of xterm buffer). `docker logs` into /dev/null is
 * measured in the same run, interleaved.
 */
export const benchConsole = async (
  browser: Browser,
  berth: BerthWeb,
  id: string,
  name: string,
  runs: number,
): Promise<ConsoleFigures> => {
  const { context, page } = await openList(browser, berth, name);
  const cli: number[] = [];
  const ours: number[] = [];
  let dropped = 0;
  try {
    for (let i = 0; i < runs; i++) {
      cli.push((await timed(() => cliLogs(id))).ms);
      // Open the detail and let the tail settle, then load everything.
      await clickUntilLogEnd(page, name, `Open ${name}`, 30_000);
      ours.push(await clickUntilLogEnd(page, name, 'Load full history', 600_000));
      dropped = Math.max(dropped, droppedLines(await logStatus(page)));
      await backToList(page, name);
    }
  } finally {
    await context.close();
  }
  return { cliMs: median(cli), consoleMs: median(ours), dropped };
};

export interface FirstScreenFigures {
  readonly lines: number;
  readonly p50: number;
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
  return { lines, p50: median(times), max: Math.max(...times) };
};
