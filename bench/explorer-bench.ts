import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import WebSocket from 'ws';
import type { LinesAnswer, SpoolProgress } from '../shared/logs/explorer.js';
import type { ServerMessage } from '../shared/protocol/messages.js';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { docker } from '../electron/core/testing/docker-cli.js';
import { openList } from './log-page.js';
import { cliLogs } from './logs-bench.js';
import { median, timed } from './stats.js';

/**
 * The explorer's own label: another bench run on the same engine removes every `berth.bench`
 * container when it starts, which took this one away in the middle of a run (a removed note, the
 * times pass "changed", nothing to read back). benchExplorer removes it when done.
 */
const EXPLORER_LABEL = 'berth.bench.explorer';

/** `%07d` numbered lines of 80 bytes: each line says which it is, so loss and doubles show. */
export const makeNumberedContainer = async (image: string, name: string, lines: number): Promise<string> => {
  await docker('rm', '-f', name).catch(() => undefined);
  const id = await docker(
    'run',
    '-d',
    '--name',
    name,
    '--label',
    `${EXPLORER_LABEL}=explorer`,
    '--network',
    'none',
    image,
    'awk',
    `BEGIN { for (i = 1; i <= ${String(lines)}; i++) printf "%07d berth-bench numbered line: the quick brown fox jumps over the lazy dog\\n", i }`,
  );
  await docker('wait', id);
  return id;
};

export interface ExplorerFigures {
  readonly lines: number;
  readonly runs: number;
  readonly cliMs: number;
  /** Click "Load full history" → the view says every line is spooled (reachable). */
  readonly loadMs: number;
  readonly loadMsAll: readonly number[];
  /**
   * Click → every line's time is in (the history is read untimed, then timed by a second pass):
   * until then jumps to a time, time ranges and timestamps wait. Median, and every run.
   */
  readonly timesMs: number;
  readonly timesMsAll: readonly number[];
  /** The times state the view ended with ('ready', or 'unavailable' and why). */
  readonly timesState: string;
  /** Lines the view reports reachable at the end of the load. */
  readonly reachable: number;
  /** Rows the page has drawn (in the DOM) at that moment: the window, not the history. */
  readonly drawn: number;
  /** Search submitted → the first match counted in the view. */
  readonly firstSearchMs: number;
  readonly searchMatches: string;
  readonly jumps: readonly { readonly what: string; readonly ms: number; readonly ok: boolean }[];
  readonly heapMax: number;
  readonly rssMax: number;
  readonly memorySamples: number;
  /** From a second client reading the whole spool through logs.lines. */
  readonly check: { readonly read: number; readonly missing: number; readonly doubled: number };
}

const rssOf = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN) * 1024;
};

/** The number before " lines" in the explorer's spool status ("Reading the history: 1,000,001 lines"). */
const waitForSpooled = (page: Page, atLeast: number, timeout: number): Promise<unknown> =>
  page.waitForFunction(
    (n) => {
      for (const el of document.querySelectorAll('.lx p[role=status]')) {
        const match = /([\d,]+) lines/.exec(el.textContent);
        if (match?.[1] && Number(match[1].replace(/,/g, '')) >= n) return true;
      }
      return false;
    },
    atLeast,
    { timeout, polling: 20 },
  );

/** The view says every line's time is in (or that they are unavailable: then the bench says so). */
const waitForTimes = (page: Page, timeout: number): Promise<unknown> =>
  page.waitForFunction(
    () => {
      const state = document.querySelector('.lx [data-times]')?.getAttribute('data-times');
      return state === 'ready' || state === 'unavailable';
    },
    undefined,
    { timeout, polling: 20 },
  );

const statusText = (page: Page, pattern: RegExp, timeout: number): Promise<unknown> =>
  page.waitForFunction(
    (source) =>
      [...document.querySelectorAll('[role=status]')].some((el) => new RegExp(source).test(el.textContent)),
    pattern.source,
    { timeout, polling: 10 },
  );

/**
 * A second client over the WebSocket opens its own spool of the same container and reads every
 * line back through `logs.lines`: each number 1..N once, none missing, none doubled.
 */
const checkSpool = (berth: BerthWeb, id: string, lines: number): Promise<ExplorerFigures['check']> =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(
      berth.origin.replace('http', 'ws') + '/ws',
      ['berth.v1', `berth.token.${berth.token}`],
      {
        headers: { Origin: berth.origin },
      },
    );
    const seen = new Uint8Array(lines + 1);
    let read = 0;
    let doubled = 0;
    let next = 10;
    let session: string | null = null;
    let asked = false;
    const ask = (from: number): void => {
      ws.send(
        JSON.stringify({
          t: 'invoke',
          id: next++,
          channel: 'logs.lines',
          payload: { session, from, count: 2000 },
        }),
      );
    };
    ws.on('open', () => {
      ws.send(JSON.stringify({ t: 'hello' }));
      ws.send(
        JSON.stringify({
          t: 'sub',
          id: 1,
          channel: 'logs.spool',
          payload: { ref: id, tail: 'all', follow: false, limitMb: 2048 },
        }),
      );
    });
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as ServerMessage;
      if (message.t === 'chunk' && message.id === 1) {
        const progress = message.data.at(-1) as SpoolProgress;
        session = progress.session;
        ws.send(JSON.stringify({ t: 'ack', id: 1, bytes: Math.max(1, message.bytes) }));
        if (progress.ended && !asked) {
          asked = true;
          ask(0);
        }
      } else if (message.t === 'res') {
        if (!message.ok) {
          reject(new Error(message.error.message));
          return;
        }
        const answer = message.value as LinesAnswer;
        for (const line of answer.lines) {
          if (line.stream !== 'stdout') continue;
          const n = Number(line.text.slice(0, 7));
          if (!(n >= 1 && n <= lines)) continue;
          if (seen[n]) doubled++;
          seen[n] = 1;
          read++;
        }
        const last = answer.lines.at(-1);
        if (answer.lines.length === 0 || !last) {
          ws.close();
          let missing = 0;
          for (let n = 1; n <= lines; n++) if (!seen[n]) missing++;
          resolve({ read, missing, doubled });
        } else ask(last.n + 1);
      } else if (message.t === 'end' && message.error) reject(new Error(message.error.message));
    });
    ws.on('error', reject);
  });

/**
 * The full history into the log explorer, web UI: click "Load full history" → the view reports
 * every line spooled (made reachable: any of them is one jump or scroll away), timed against
 * `docker logs` to /dev/null in the same run. Then, over that history: the first search result,
 * jumps to line 1, the middle and the last line, the rows actually drawn, the page heap and the
 * backend RSS sampled every 250 ms throughout, and a second client that reads every line back.
 */
export const benchExplorer = async (
  browser: Browser,
  berth: BerthWeb,
  id: string,
  name: string,
  lines: number,
  runs: number,
): Promise<ExplorerFigures> => {
  const { context, page } = await openList(browser, berth, name);
  const cdp = await context.newCDPSession(page);
  const heap: number[] = [];
  const rss: number[] = [];
  const sampler = setInterval(() => {
    void cdp.send('Runtime.getHeapUsage').then(
      (u) => heap.push(u.usedSize),
      () => undefined,
    );
    void rssOf(berth.pid).then(
      (r) => rss.push(r),
      () => undefined,
    );
  }, 250);
  const cli: number[] = [];
  const loads: number[] = [];
  const times: number[] = [];
  let timesState = '';
  try {
    let reachable = 0;
    let drawn = 0;
    for (let i = 0; i < runs; i++) {
      cli.push((await timed(() => cliLogs(id))).ms);
      await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
      await page.getByRole('button', { name: 'Load full history', exact: true }).waitFor();
      const start = performance.now();
      await page.getByRole('button', { name: 'Load full history', exact: true }).click();
      await waitForSpooled(page, lines, 600_000);
      loads.push(performance.now() - start);
      await waitForTimes(page, 600_000);
      times.push(performance.now() - start);
      timesState = (await page.locator('.lx [data-times]').first().getAttribute('data-times')) ?? 'none';
      if (timesState !== 'ready')
        timesState += `: ${(await page.locator('.lx [data-times]').first().textContent()) ?? ''}`;
      const status = (await page.locator('.lx p[role=status]').first().textContent()) ?? '';
      reachable = Number(/([\d,]+) lines/.exec(status)?.[1]?.replace(/,/g, '') ?? 0);
      drawn = await page.locator('.lx-row').count();
      if (i < runs - 1) {
        await page.getByRole('button', { name: 'Back to the recent lines', exact: true }).click();
        await page.getByRole('button', { name: '← Back to containers' }).click();
      }
    }
    // Over the last run's history.
    const search = page.getByRole('searchbox', { name: 'Search the whole log' });
    await search.fill('0000002 berth-bench');
    const searchStart = performance.now();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await statusText(page, /(^|· )1 match/, 30_000);
    const firstSearchMs = performance.now() - searchStart;
    await statusText(page, /^\d[\d,]* match(es)? in /, 120_000);
    const searchMatches =
      (await page.locator('.lx [role=status]', { hasText: / in / }).first().textContent()) ?? '';
    const row = (n: number) => page.locator(`.lx-window [data-line="${String(n)}"]`);
    const jump = async (
      what: string,
      act: () => Promise<void>,
      n: number,
    ): Promise<{ what: string; ms: number; ok: boolean }> => {
      const t0 = performance.now();
      await act();
      await row(n).waitFor({ timeout: 30_000 });
      const ms = performance.now() - t0;
      const text = (await row(n).textContent()) ?? '';
      return { what, ms, ok: text.includes(String(n).padStart(7, '0')) };
    };
    const middle = Math.floor(lines / 2);
    const jumps = [
      await jump(
        'First line',
        () => page.getByRole('button', { name: 'First line', exact: true }).click(),
        1,
      ),
      await jump(
        `Go to line ${middle.toLocaleString('en')}`,
        async () => {
          await page.getByLabel('Line number', { exact: true }).fill(String(middle));
          await page.getByRole('button', { name: 'Go to line', exact: true }).click();
        },
        middle,
      ),
      await jump(
        'Last line',
        () => page.getByRole('button', { name: 'Last line', exact: true }).click(),
        lines,
      ),
    ];
    clearInterval(sampler);
    const check = await checkSpool(berth, id, lines);
    return {
      lines,
      runs,
      cliMs: median(cli),
      loadMs: median(loads),
      loadMsAll: loads,
      timesMs: median(times),
      timesMsAll: times,
      timesState,
      reachable,
      drawn,
      firstSearchMs,
      searchMatches,
      jumps,
      heapMax: Math.max(...heap),
      rssMax: Math.max(...rss),
      memorySamples: Math.min(heap.length, rss.length),
      check,
    };
  } finally {
    clearInterval(sampler);
    await context.close();
    await docker('rm', '-f', id).catch(() => undefined);
  }
};
