import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import type { SocketProxy } from '../electron/core/testing/socket-proxy.js';
import { watchConsole, type ConsoleWatch } from './page-console.js';
import { rawApi } from './raw-api.js';
import { median, medianOf, percentile } from './stats.js';

/** One engine of the "All engines" bench, as the bench reaches it directly (no Berth, no proxy). */
export interface BenchEngine {
  /** What Berth's Engine column says: `default`, or the context's name. */
  readonly label: string;
  readonly socket: string;
  /** The running containers events are made on, by name (their rows are on screen under LIVE_SEARCH). */
  readonly live: readonly { readonly id: string; readonly name: string }[];
}

/** Every bench container's name starts with this; the running ones with LIVE_SEARCH. */
export const NAME_PREFIX = 'engbench-';
export const LIVE_SEARCH = `${NAME_PREFIX}live`;
const ROW = '[role=grid][aria-label=Containers] [role=row][aria-label]';

declare global {
  interface Window {
    __engMarks?: { row: number; counts: [at: number, count: number][] };
    __engSeen?: [name: string, state: string, at: number][];
  }
}

const listAll = (socket: string): Promise<unknown[]> =>
  rawApi(socket, 'GET', '/containers/json?all=1').then((res) => JSON.parse(res.text) as unknown[]);

/** How the page tells the bench its grid's row count changed (bench/page-console.ts says why). */
const COUNT_PREFIX = 'berth-bench rows';

/** A page that stamps its first row and row counts (its Berth's settings say which engines it shows). */
const openAllEngines = async (browser: Browser): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  // Stamps, from navigation start, the first container row in the DOM and every change of the
  // grid's row count (the list is virtualised: aria-rowcount is how many rows it holds).
  await context.addInitScript(
    ([rowSelector, countPrefix]) => {
      const marks = { row: Number.NaN, counts: [] as [number, number][] };
      window.__engMarks = marks;
      let last = '';
      new MutationObserver(() => {
        const now = performance.now();
        if (Number.isNaN(marks.row) && document.querySelector(rowSelector)) marks.row = now;
        const count = document
          .querySelector('[role=grid][aria-label=Containers]')
          ?.getAttribute('aria-rowcount');
        if (count && count !== last) {
          last = count;
          marks.counts.push([now, Number(count)]);
          console.debug(`${countPrefix} ${count}`);
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['aria-rowcount'],
      });
    },
    [ROW, COUNT_PREFIX] as const,
  );
  return context.newPage();
};

export interface ListFigures {
  /** Median of the raw list call, per engine (label → ms), and the slowest of them. */
  readonly rawMs: ReadonlyMap<string, number>;
  readonly slowestRawMs: number;
  readonly firstRowMs: number;
  readonly allRowsMs: number;
  readonly unsettled: number;
  readonly check: DeliveryCheck;
  /** Each engine's line in the sidebar at the end ("default: Connected …"): why rows may be missing. */
  readonly statuses: readonly string[];
}

const engineStatuses = async (page: Page): Promise<string[]> =>
  page
    .getByRole('list', { name: 'Engines' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map(
        (item) =>
          `${item.getAttribute('aria-label') ?? ''}: ${item.querySelector('.engine-status')?.textContent ?? ''}`,
      ),
    );

export interface DeliveryCheck {
  readonly rows: number;
  readonly perEngine: ReadonlyMap<string, number>;
  readonly doubled: number;
  readonly missing: number;
}

/** Waits until the grid holds at least `least` rows and has not changed for a second; the settled count. */
const settledCount = async (
  counts: ConsoleWatch,
  least: number,
  timeoutMs: number,
): Promise<number | null> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const last = Number(counts.lines.at(-1) ?? 0);
    if (last >= least && Date.now() - counts.lastAt >= 1000) return last;
    await sleep(100);
  }
  return null;
};

/**
 * Reload → first row, and → every engine's rows in the grid, in "All engines". The grid's row count
 * jumps as each engine's list arrives; "all rows" is the first moment it reached the count it then
 * settled on (other users of the shared engine can move it by a few, never by an engine's worth).
 */
export const benchEnginesList = async (
  browser: Browser,
  berth: BerthWeb,
  engines: readonly BenchEngine[],
  perEngine: number,
  runs: number,
): Promise<ListFigures> => {
  const rawMs = new Map<string, number>();
  for (const engine of engines) {
    rawMs.set(engine.label, await medianOf(runs, () => listAll(engine.socket)));
  }
  const page = await openAllEngines(browser);
  await page.goto(berth.url);
  const reloads = await timeReloads(page, 1 + perEngine * engines.length, runs);
  const check = await checkDelivery(page, engines, perEngine);
  const statuses = await engineStatuses(page);
  await page.context().close();
  return { rawMs, slowestRawMs: Math.max(...rawMs.values()), ...reloads, check, statuses };
};

export interface ReloadFigures {
  readonly firstRowMs: number;
  readonly allRowsMs: number;
  /** Reloads whose list did not settle with every engine's rows in time. */
  readonly unsettled: number;
}

/** Median of `runs` reloads (after one that warms the cache): navigation → first row, → the settled row count. */
const timeReloads = async (page: Page, least: number, runs: number): Promise<ReloadFigures> => {
  const firstRow: number[] = [];
  const allRows: number[] = [];
  let unsettled = 0;
  // Nothing is evaluated in the page until its rows have settled: see bench/page-console.ts.
  const counts = watchConsole(page, COUNT_PREFIX);
  for (let i = 0; i <= runs; i++) {
    counts.clear();
    await page.reload();
    const settled = await settledCount(counts, least, 60_000);
    const marks = await page.evaluate(() => window.__engMarks ?? { row: Number.NaN, counts: [] });
    if (settled === null) {
      unsettled++;
      continue;
    }
    const reached = marks.counts.find(([, count]) => count >= settled)?.[0] ?? Number.NaN;
    if (i > 0) {
      firstRow.push(marks.row);
      allRows.push(reached);
    }
  }
  counts.stop();
  return { firstRowMs: median(firstRow), allRowsMs: median(allRows), unsettled };
};

/**
 * The same reloads on a Berth that shows only the CLI's engine (one engine, no merge): what the page
 * costs without "All engines", to tell the merge's share from the page's.
 */
export const benchOneEngineReloads = async (
  browser: Browser,
  berth: BerthWeb,
  perEngine: number,
  runs: number,
): Promise<ReloadFigures> => {
  const page = await openAllEngines(browser);
  await page.goto(berth.url);
  const figures = await timeReloads(page, 1 + perEngine, runs);
  await page.context().close();
  return figures;
};

/**
 * Every bench row exactly once, on its own engine: the grid narrowed to the bench's names and
 * scrolled end to end (it is virtualised), each row read as (name, Engine column).
 */
const checkDelivery = async (
  page: Page,
  engines: readonly BenchEngine[],
  perEngine: number,
): Promise<DeliveryCheck> => {
  await page.getByRole('searchbox', { name: 'Search containers' }).fill(NAME_PREFIX);
  const expected = 1 + perEngine * engines.length;
  await page
    .waitForFunction(
      (n) =>
        document.querySelector('[role=grid][aria-label=Containers]')?.getAttribute('aria-rowcount') ===
        String(n),
      expected,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  const seen = await page.evaluate(async (rowSelector) => {
    const grid = document.querySelector<HTMLElement>('[role=grid][aria-label=Containers]');
    let scroller: HTMLElement | null = grid;
    while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
    const frame = (): Promise<void> =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    const rows = new Map<string, string>();
    const read = (): void => {
      for (const row of document.querySelectorAll(rowSelector)) {
        const cells = row.querySelectorAll('[role=gridcell]');
        const engine = cells[cells.length - 1]?.textContent ?? '';
        rows.set(`${row.getAttribute('aria-label') ?? ''}\t${engine}`, engine);
      }
    };
    if (!scroller) {
      read();
      return [...rows.keys()];
    }
    for (let top = 0; ; top += Math.max(1, Math.floor(scroller.clientHeight / 2))) {
      scroller.scrollTop = top;
      await frame();
      read();
      if (top >= scroller.scrollHeight) break;
    }
    scroller.scrollTop = 0;
    return [...rows.keys()];
  }, ROW);
  const perLabel = new Map<string, number>(engines.map((e) => [e.label, 0]));
  const names = new Map<string, number>();
  for (const key of seen) {
    const [name = '', engine = ''] = key.split('\t');
    if (!name.startsWith(NAME_PREFIX)) continue;
    perLabel.set(engine, (perLabel.get(engine) ?? 0) + 1);
    names.set(name, (names.get(name) ?? 0) + 1);
  }
  const doubled = [...names.values()].reduce((n, times) => n + times - 1, 0);
  await page.getByRole('searchbox', { name: 'Search containers' }).fill('');
  return {
    rows: [...names.values()].reduce((n, t) => n + t, 0),
    perEngine: perLabel,
    doubled,
    missing: perEngine * engines.length - names.size,
  };
};

/** Every event an engine emits, as it happens: `${id}:${Action}` → the engine's own timestamp (ms). */
export const watchEngineEvents = (socket: string) => {
  const seen = new Map<string, number>();
  let count = 0;
  let stop = (): void => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    const req = request({ socketPath: socket, path: '/events' }, (res) => {
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let nl;
        while ((nl = buffer.indexOf('\n')) !== -1) {
          const event = JSON.parse(buffer.slice(0, nl)) as { id?: string; Action: string; timeNano: number };
          buffer = buffer.slice(nl + 1);
          count++;
          if (event.id) seen.set(`${event.id}:${event.Action}`, event.timeNano / 1e6);
        }
      });
      res.on('error', () => undefined);
      resolve();
    });
    req.on('error', reject);
    // A watcher left open by a failed table must not keep the bench process alive.
    req.on('socket', (socket) => socket.unref());
    req.end();
    stop = () => req.destroy();
  });
  return { seen, ready, count: () => count, stop: () => stop() };
};

export interface LatencyFigures {
  readonly label: string;
  readonly samples: number;
  /** Samples whose row did not change in time, or whose engine event was not seen: counted, not measured. */
  readonly failed: number;
  /** Of those, the ones whose row did not show the new state within 10 s. */
  readonly notShown: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/**
 * Engine event → the row's State cell changed, per engine, in "All engines": pause/unpause on each
 * engine's running containers in turn, from the engine's own event timestamp to the moment a
 * MutationObserver in the page saw the new state (the same wall clock).
 */
export const benchEnginesLatency = async (
  browser: Browser,
  berth: BerthWeb,
  engines: readonly BenchEngine[],
  samples: number,
): Promise<LatencyFigures[]> => {
  const watchers = engines.map((e) => watchEngineEvents(e.socket));
  await Promise.all(watchers.map((w) => w.ready));
  const page = await openAllEngines(browser);
  await page.goto(berth.url);
  await page.getByRole('searchbox', { name: 'Search containers' }).fill(LIVE_SEARCH);
  const liveRows = engines.reduce((n, e) => n + e.live.length, 0);
  // Rows that never come make their samples fail (counted), rather than the whole table.
  await page
    .waitForFunction(
      (n) =>
        document.querySelectorAll('[role=grid][aria-label=Containers] [role=row][aria-label]').length >= n,
      liveRows,
      { timeout: 60_000 },
    )
    .catch(() => undefined);
  await page.evaluate((rowSelector) => {
    window.__engSeen = [];
    new MutationObserver(() => {
      const at = performance.timeOrigin + performance.now();
      for (const row of document.querySelectorAll(rowSelector)) {
        const state = row.querySelector('[role=gridcell].cell-state')?.textContent ?? '';
        window.__engSeen?.push([row.getAttribute('aria-label') ?? '', state, at]);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, ROW);

  const latencies = engines.map(() => [] as number[]);
  const failed = engines.map(() => 0);
  const notShown = engines.map(() => 0);
  const paused = new Set<string>();
  for (let i = 0; i < samples * engines.length; i++) {
    const e = i % engines.length;
    const engine = engines[e];
    const round = Math.floor(i / engines.length);
    const target = engine?.live[round % engine.live.length];
    if (!engine || !target) continue;
    const action = paused.has(target.id) ? 'unpause' : 'pause';
    const answer = await rawApi(engine.socket, 'POST', `/containers/${target.id}/${action}`);
    if (answer.status !== 204) {
      failed[e] = (failed[e] ?? 0) + 1;
      process.stderr.write(
        `[engines bench] ${engine.label} sample ${String(round)}: ${action} answered ${String(answer.status)} ${answer.text.trim()}\n`,
      );
      continue;
    }
    if (action === 'pause') paused.add(target.id);
    else paused.delete(target.id);
    const expected = action === 'pause' ? 'paused' : 'running';
    const shown = await page
      .waitForFunction(
        ([name, state]) => window.__engSeen?.find(([n, s]) => n === name && s === state)?.[2] ?? null,
        [target.name, expected] as const,
        { polling: 10, timeout: 10_000 },
      )
      .then(
        async (handle) => (await handle.jsonValue()) as number,
        () => null,
      );
    const eventAt = watchers[e]?.seen.get(`${target.id}:${action}`);
    if (shown === null) {
      notShown[e] = (notShown[e] ?? 0) + 1;
      const rows = await page.evaluate(
        (name) =>
          document.querySelector(`[role=row][aria-label="${name}"] [role=gridcell].cell-state`)
            ?.textContent ?? 'no row',
        target.name,
      );
      process.stderr.write(
        `[engines bench] ${engine.label} sample ${String(round)}: ${target.name} not ${expected} in 10 s; its row now: ${rows}\n`,
      );
    }
    if (shown !== null && eventAt === undefined) {
      process.stderr.write(
        `[engines bench] ${engine.label} sample ${String(round)}: the engine's ${action} event was not seen\n`,
      );
    }
    if (shown === null || eventAt === undefined) failed[e] = (failed[e] ?? 0) + 1;
    else latencies[e]?.push(shown - eventAt);
    await page.evaluate(() => {
      window.__engSeen = [];
    });
  }
  // Leaves every target running, as it found them.
  for (const engine of engines) {
    for (const target of engine.live) {
      if (paused.has(target.id)) await rawApi(engine.socket, 'POST', `/containers/${target.id}/unpause`);
    }
  }
  for (const w of watchers) w.stop();
  await page.context().close();
  return engines.map((engine, e) => {
    const values = latencies[e] ?? [];
    return {
      label: engine.label,
      samples: values.length,
      failed: failed[e] ?? 0,
      notShown: notShown[e] ?? 0,
      p50: percentile(values, 50),
      p95: percentile(values, 95),
      max: values.length ? Math.max(...values) : Number.NaN,
    };
  });
};

export interface IdleFigures {
  readonly label: string;
  readonly calls: number;
  /** The calls, most frequent first ("GET /containers/json ×2"). */
  readonly what: string;
  /** New /events requests in the window (a reconnect would show here). */
  readonly eventStreams: number;
  /** Events the engine emitted in the window: on a shared engine, other users' work Berth may follow. */
  readonly engineEvents: number;
}

/**
 * The page open on "All engines" and left alone: requests each engine received through its counting
 * proxy over `seconds`, besides the long-lived /events streams.
 */
export const benchEnginesIdle = async (
  browser: Browser,
  berth: BerthWeb,
  engines: readonly BenchEngine[],
  proxies: readonly SocketProxy[],
  perEngine: number,
  seconds: number,
): Promise<IdleFigures[]> => {
  const page = await openAllEngines(browser);
  const counts = watchConsole(page, COUNT_PREFIX);
  await page.goto(berth.url);
  await settledCount(counts, 1 + perEngine * engines.length, 60_000);
  counts.stop();
  // Whatever the first screen asked for is answered and done before the window opens.
  await page.waitForTimeout(2_000);
  const watchers = engines.map((e) => watchEngineEvents(e.socket));
  await Promise.all(watchers.map((w) => w.ready));
  const before = proxies.map((p) => p.requests.length);
  await page.waitForTimeout(seconds * 1000);
  const figures = engines.map((engine, e) => {
    const lines = proxies[e]?.requests.slice(before[e] ?? 0) ?? [];
    const calls = lines.filter((l) => !/^GET \S*\/events[?\s]/.test(l));
    const byPath = new Map<string, number>();
    for (const line of calls) {
      const key = line
        .replace(/ HTTP\/1\.1$/, '')
        .replace(/\?.*$/, '')
        .replace(/[0-9a-f]{64}/, '<id>');
      byPath.set(key, (byPath.get(key) ?? 0) + 1);
    }
    return {
      label: engine.label,
      calls: calls.length,
      what: [...byPath]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([k, n]) => `${k} ×${String(n)}`)
        .join(', '),
      eventStreams: lines.length - calls.length,
      engineEvents: watchers[e]?.count() ?? 0,
    };
  });
  for (const w of watchers) w.stop();
  await page.context().close();
  return figures;
};
