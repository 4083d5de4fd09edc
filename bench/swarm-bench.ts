import { request } from 'node:http';
import type { Browser, Page } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { BENCH_LABEL } from './fixtures.js';
import { watchConsole } from './page-console.js';
import { waitForQuiet } from './quiet.js';
import { rawApi } from './raw-api.js';
import { median, medianOf, percentile } from './stats.js';

declare global {
  interface Window {
    /** Every change of a replicas cell: its service, its text, when, and whether it was provisional. */
    __berthReplicas?: [label: string, text: string, at: number, provisional: boolean][];
    __berthServiceMarks?: ServiceMarks;
  }
}

/** What the page-load observer records: when the first row and the rows in view were drawn. */
interface ServiceMarks {
  start: number;
  first: number;
  /** Every service's data held (the table's aria-rowcount) and the rows in view all drawn. */
  inView: number;
  /** Rows drawn at `inView` (the table is virtualised: only those in view, plus overscan). */
  drawn: number;
  /** Services the table said it holds at `inView` (aria-rowcount minus the head row). */
  held: number;
  want: number;
}

/** The services table; its rows are drawn only while in view (ServiceList). */
const TABLE = 'table[aria-label="Services"]';
/** How the page tells the bench every row in view is drawn (bench/page-console.ts says why). */
const MARKS_PREFIX = 'berth-bench services';

const PREFIX = 'berth-bench-svc';
const IMAGE = 'berth-test/busybox:latest';

interface RawService {
  readonly ID: string;
  readonly Spec: { readonly Name: string };
  readonly ServiceStatus?: { readonly RunningTasks?: number; readonly DesiredTasks?: number };
}

const json = async <T>(socket: string, method: string, path: string, body?: unknown): Promise<T> => {
  const res = await rawApi(socket, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.text}`);
  return JSON.parse(res.text) as T;
};

const filters = (f: Record<string, string[]>): string => encodeURIComponent(JSON.stringify(f));

const benchServices = (socket: string): Promise<RawService[]> =>
  json<RawService[]>(
    socket,
    'GET',
    `/services?status=true&filters=${filters({ label: [`${BENCH_LABEL}=swarm`] })}`,
  );

export const removeBenchServices = async (socket: string): Promise<void> => {
  const services = await benchServices(socket).catch(() => []);
  for (const s of services) await rawApi(socket, 'DELETE', `/services/${s.ID}`);
  // Their task containers go away after the services; leaving the swarm while hundreds are still
  // being torn down times out.
  const deadline = Date.now() + 180_000;
  const query = `/containers/json?all=1&filters=${filters({ label: [`${BENCH_LABEL}=swarm`] })}`;
  while (Date.now() < deadline && (await json<unknown[]>(socket, 'GET', query)).length > 0) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
};

/** `count` replicated services of one task each (`sleep`), `concurrency` creates at a time; waits until all run. */
export const createBenchServices = async (socket: string, count: number, concurrency = 8): Promise<void> => {
  // Services a `--keep` run left are reused: creating 200 tasks is minutes on a busy machine.
  const existing = new Set((await benchServices(socket)).map((s) => s.Spec.Name));
  const missing = Array.from({ length: count }, (_, i) => i).filter(
    (i) => !existing.has(`${PREFIX}-${String(i).padStart(4, '0')}`),
  );
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < missing.length) {
      const index = missing[next++] ?? 0;
      await json(socket, 'POST', '/services/create', {
        Name: `${PREFIX}-${String(index).padStart(4, '0')}`,
        Labels: { [BENCH_LABEL]: 'swarm' },
        TaskTemplate: {
          ContainerSpec: { Image: IMAGE, Command: ['sleep', '86400'], Labels: { [BENCH_LABEL]: 'swarm' } },
          // A killed task comes back after a while, not at once: the 0/1 in between is what is measured.
          RestartPolicy: { Condition: 'any', Delay: 2_000_000_000 },
        },
        Mode: { Replicated: { Replicas: 1 } },
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await waitAllRunning(socket, count, 600_000);
};

const waitAllRunning = async (socket: string, count: number, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const services = await benchServices(socket);
    const running = services.filter((s) => s.ServiceStatus?.RunningTasks === 1).length;
    if (services.length === count && running === count) return;
    if (Date.now() > deadline)
      throw new Error(`only ${running} of ${count} services running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};

/** Container `die` events of the bench's tasks: container id → the engine's own timestamp (ms). */
const watchDies = (socket: string) => {
  const seen = new Map<string, number>();
  const query = filters({ type: ['container'], event: ['die'], label: [`${BENCH_LABEL}=swarm`] });
  let req: ReturnType<typeof request> | undefined;
  const ready = new Promise<void>((resolve) => {
    req = request({ socketPath: socket, path: `/events?filters=${query}` }, (res) => {
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let nl;
        while ((nl = buffer.indexOf('\n')) !== -1) {
          const event = JSON.parse(buffer.slice(0, nl)) as { id: string; timeNano: number };
          buffer = buffer.slice(nl + 1);
          seen.set(event.id, event.timeNano / 1e6);
        }
      });
      resolve();
    });
    req.end();
  });
  return { seen, ready, stop: () => req?.destroy() };
};

/**
 * When the manager itself first reports the service's task as not running: the floor for any
 * client, whatever it does with the events. Polled every `everyMs` (sampled: up to that late).
 */
const managerSeesDown = async (
  socket: string,
  id: string,
  everyMs: number,
  timeoutMs: number,
): Promise<number | null> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [service] = await json<RawService[]>(
      socket,
      'GET',
      `/services?status=true&filters=${filters({ id: [id] })}`,
    );
    const at = Date.now();
    if (service?.ID === id && (service.ServiceStatus?.RunningTasks ?? 0) < 1) return at;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return null;
};

export interface SwarmListFigures {
  readonly services: number;
  readonly rawMs: number;
  readonly cliMs: number;
  readonly firstRowMs: number;
  /** Navigation → all services held by the table and every row in view drawn. */
  readonly inViewMs: number;
  /** Rows drawn then (median), against `services` delivered. */
  readonly drawn: number;
  readonly held: number;
  /** Reloads that found the machine still busy after the settling wait (timed anyway). */
  readonly busyStarts: number;
  /** The same reloads, each started the moment the previous one's rows were in view. */
  readonly backToBack: { readonly firstRowMs: number; readonly inViewMs: number };
}

/** How long a reload waits for the machine to settle before it is timed anyway. */
export const SETTLE_SECONDS = 15;

/**
 * The services list at scale: the raw `/services?status=true` call (the floor) against the page
 * reloaded on `#/services`, from navigation start to the first row, and to the table holding
 * every service (its aria-rowcount) with every row in view drawn, all in one run. The table is
 * virtualised, so "drawn" is a screenful plus overscan, not every service: both counts are kept.
 */
export const benchSwarmList = async (
  socket: string,
  browser: Browser,
  berth: BerthWeb,
  runs: number,
  cli: () => Promise<unknown>,
): Promise<SwarmListFigures> => {
  const services = (await benchServices(socket)).length;
  const rawMs = await medianOf(runs, () => rawApi(socket, 'GET', '/services?status=true'));
  const cliMs = await medianOf(runs, cli);
  const context = await browser.newContext();
  await context.addInitScript(
    ({ want, table, prefix }: { want: number; table: string; prefix: string }) => {
      const marks: ServiceMarks = {
        start: performance.now(),
        first: Number.NaN,
        inView: Number.NaN,
        drawn: 0,
        held: 0,
        want,
      };
      window.__berthServiceMarks = marks;
      const observer = new MutationObserver(() => {
        const grid = document.querySelector(table);
        const cells = grid?.querySelectorAll('td[data-replicas]') ?? [];
        if (cells.length > 0 && Number.isNaN(marks.first)) marks.first = performance.now();
        const held = Number(grid?.getAttribute('aria-rowcount') ?? 1) - 1;
        if (!grid || held < marks.want || cells.length === 0) return;
        // Drawn enough once the last drawn row reaches the bottom of the scroll box (or every row is drawn).
        const box = grid.parentElement?.getBoundingClientRect();
        const lastRow = cells[cells.length - 1]?.closest('tr')?.getBoundingClientRect();
        const filled = cells.length >= marks.want || (box && lastRow && lastRow.bottom >= box.bottom);
        if (!filled) return;
        marks.inView = performance.now();
        marks.drawn = cells.length;
        marks.held = held;
        observer.disconnect();
        console.debug(`${prefix} in view`);
      });
      observer.observe(document, { subtree: true, childList: true });
    },
    { want: services, table: TABLE, prefix: MARKS_PREFIX },
  );
  const page = await context.newPage();
  await page.goto(`${berth.url}#/services`);
  // Nothing is evaluated in the page until its rows are in view: see bench/page-console.ts.
  const heard = watchConsole(page, MARKS_PREFIX);
  /**
   * `runs` timed reloads after an untimed one. Settled: each starts once the CPUs were idle, as a
   * user's reload would (the engines bench likewise waits for its rows to hold still); back to
   * back: each starts while the previous load's deferred work (view chunks, the alert history)
   * still runs, which is what the bench measured before stop 31, kept as a second figure.
   */
  const reloads = async (settle: boolean) => {
    const marks: ServiceMarks[] = [];
    let busy = 0;
    for (let i = 0; i <= runs; i++) {
      if (settle && !(await waitForQuiet({ timeoutMs: SETTLE_SECONDS * 1000 })).quiet) busy++;
      heard.clear();
      await page.reload();
      if ((await heard.until((line) => line === 'in view', 60_000)) === null) {
        throw new Error('The services table did not show every service within 60 s.');
      }
      const m = await page.evaluate(() => window.__berthServiceMarks);
      if (i > 0 && m) marks.push(m);
    }
    return {
      firstRowMs: median(marks.map((m) => m.first)),
      inViewMs: median(marks.map((m) => m.inView)),
      drawn: median(marks.map((m) => m.drawn)),
      held: median(marks.map((m) => m.held)),
      busy,
    };
  };
  const settled = await reloads(true);
  const backToBack = await reloads(false);
  heard.stop();
  await context.close();
  return {
    services,
    rawMs,
    cliMs,
    firstRowMs: settled.firstRowMs,
    inViewMs: settled.inViewMs,
    drawn: settled.drawn,
    held: settled.held,
    busyStarts: settled.busy,
    backToBack: { firstRowMs: backToBack.firstRowMs, inViewMs: backToBack.inViewMs },
  };
};

/**
 * Every replicas cell of the services table, read by scrolling it top to bottom: the table draws
 * only the rows in view, so one look at the DOM sees a screenful, not every service.
 */
const shownReplicas = (page: Page): Promise<[string, string][]> =>
  page.evaluate(async (table) => {
    const box = document.querySelector(table)?.parentElement;
    if (!box) return [];
    const seen = new Map<string, string>();
    const drawn = (): Promise<void> =>
      new Promise((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      });
    for (let top = 0; ; top += Math.max(1, box.clientHeight - 60)) {
      box.scrollTop = top;
      await drawn();
      for (const cell of box.querySelectorAll('td[data-replicas]')) {
        seen.set(
          cell.getAttribute('data-replicas') ?? '',
          `${cell.textContent}${cell.hasAttribute('data-provisional') ? ' (provisional)' : ''}`,
        );
      }
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) break;
    }
    return [...seen];
  }, TABLE);

/**
 * Scrolls the services table until `name`'s row is drawn (it is the `index`th by name, as on the
 * page) and brings it into view: rows out of view are not in the DOM to watch.
 */
const showRow = async (page: Page, name: string, index: number): Promise<void> => {
  await page.evaluate(
    ({ table, index }) => {
      const box = document.querySelector(table)?.parentElement;
      const row = box?.querySelector('tbody tr[data-index]');
      if (box && row) {
        box.scrollTop = Math.max(0, index * row.getBoundingClientRect().height - box.clientHeight / 2);
      }
    },
    { table: TABLE, index },
  );
  const cell = page.locator(`${TABLE} td[data-replicas="${name}"]`);
  await cell.waitFor({ timeout: 10_000 });
  await cell.scrollIntoViewIfNeeded();
};

/**
 * Once every bench task runs again (the manager says so), the page must show the manager's
 * figure in every row, with no provisional mark left: polled until it does or `timeoutMs` ends.
 */
const pageMatchesManager = async (
  socket: string,
  page: Page,
  timeoutMs: number,
): Promise<{ matching: number; of: number; mismatches: string[] }> => {
  const deadline = Date.now() + timeoutMs;
  let services = await benchServices(socket);
  while (Date.now() < deadline && services.some((s) => s.ServiceStatus?.RunningTasks !== 1)) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    services = await benchServices(socket);
  }
  const want = new Map(
    services.map((s) => [
      s.Spec.Name,
      `${s.ServiceStatus?.RunningTasks ?? '?'}/${s.ServiceStatus?.DesiredTasks ?? '?'}`,
    ]),
  );
  let mismatches: string[];
  for (;;) {
    const cells = await shownReplicas(page);
    const shown = new Map(cells);
    mismatches = [...want].flatMap(([name, text]) =>
      shown.get(name) === text ? [] : [`${name}: page ${shown.get(name) ?? 'no row'}, manager ${text}`],
    );
    if (mismatches.length === 0 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { matching: want.size - mismatches.length, of: want.size, mismatches };
};

export interface TaskLatencyFigures {
  readonly samples: number;
  readonly discarded: number;
  readonly reasons: readonly string[];
  /** The cell first shows 0/1, whether counted from the die event (provisional) or reported. */
  readonly ui: { readonly p50: number; readonly p95: number; readonly max: number };
  /** Of those first 0/1s, how many were provisional (the die event counted before the manager). */
  readonly provisionalFirst: number;
  /** The cell shows 0/1 with no provisional mark: the manager's own report on the page. */
  readonly uiReported: { readonly p50: number; readonly p95: number; readonly max: number };
  /** After the runs, once the manager has settled: cells that show its figure (and no mark), of all. */
  readonly endMatches: {
    readonly matching: number;
    readonly of: number;
    readonly mismatches: readonly string[];
  };
  readonly manager: { readonly p50: number; readonly p95: number; readonly max: number };
  readonly berth: { readonly p50: number; readonly p95: number; readonly max: number };
  readonly probeMs: number;
}

const spread = (values: readonly number[]) => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  max: values.length ? Math.max(...values) : Number.NaN,
});

/**
 * A task's container killed → the service's replicas cell shows 0/1, against the engine's own
 * `die` timestamp; beside it, when the manager itself first reported the task down (polled).
 * Each sample kills a different service's task, so no sample waits for a restart; its row is
 * scrolled into view first (the table draws only the rows in view), not found by a filter.
 */
export const benchTaskLatency = async (
  socket: string,
  browser: Browser,
  berth: BerthWeb,
  samples: number,
  probeMs = 10,
): Promise<TaskLatencyFigures> => {
  const services = (await benchServices(socket)).sort((a, b) => (a.Spec.Name < b.Spec.Name ? -1 : 1));
  const dies = watchDies(socket);
  await dies.ready;
  const page = await browser.newPage();
  await page.goto(`${berth.url}#/services`);
  await page.locator('table[aria-label="Services"] td[data-replicas]').first().waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    window.__berthReplicas = [];
    new MutationObserver((records) => {
      const at = performance.timeOrigin + performance.now();
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const cell = node?.closest('td[data-replicas]');
        if (cell)
          window.__berthReplicas?.push([
            cell.getAttribute('data-replicas') ?? '',
            cell.textContent,
            at,
            cell.hasAttribute('data-provisional'),
          ]);
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      // The mark comes and goes while the text stays (0/1 counted, then 0/1 reported).
      attributes: true,
      attributeFilter: ['data-provisional'],
    });
  });

  const ui: number[] = [];
  const uiReported: number[] = [];
  let provisionalFirst = 0;
  const manager: number[] = [];
  const berthPart: number[] = [];
  const reasons: string[] = [];
  for (let i = 0; i < Math.min(samples, services.length); i++) {
    const service = services[i];
    if (!service) break;
    const tasks = await json<{ Id: string }[]>(
      socket,
      'GET',
      `/containers/json?filters=${filters({ label: [`com.docker.swarm.service.id=${service.ID}`] })}`,
    );
    const container = tasks[0]?.Id;
    if (!container) {
      reasons.push(`${service.Spec.Name}: no running task container`);
      continue;
    }
    await showRow(page, service.Spec.Name, i);
    await page.evaluate(() => {
      window.__berthReplicas = [];
    });
    const managerAt = managerSeesDown(socket, service.ID, probeMs, 10_000);
    await rawApi(socket, 'POST', `/containers/${container}/kill`);
    const shown = await page
      .waitForFunction(
        (name) => {
          const first = window.__berthReplicas?.find(([n, t]) => n === name && t.startsWith('0/'));
          return first ? { at: first[2], provisional: first[3] } : null;
        },
        service.Spec.Name,
        { polling: 10, timeout: 10_000 },
      )
      .then(
        async (handle) => (await handle.jsonValue()) as { at: number; provisional: boolean },
        () => null,
      );
    // The manager's own 0/1 on the page (the task restarts 2 s after it died, see createBenchServices).
    const reported = await page
      .waitForFunction(
        (name) =>
          window.__berthReplicas?.find(
            ([n, t, , provisional]) => n === name && t.startsWith('0/') && !provisional,
          )?.[2] ?? null,
        service.Spec.Name,
        { polling: 10, timeout: 10_000 },
      )
      .then(
        async (handle) => (await handle.jsonValue()) as number,
        () => null,
      );
    const managerSeen = await managerAt;
    const diedAt = dies.seen.get(container);
    if (diedAt === undefined || shown === null || reported === null || managerSeen === null) {
      reasons.push(
        `${service.Spec.Name}: ${diedAt === undefined ? 'no die event' : shown === null ? '0/1 not shown within 10 s' : reported === null ? "the manager's 0/1 not shown within 10 s" : 'manager never reported it down'}`,
      );
      continue;
    }
    ui.push(shown.at - diedAt);
    if (shown.provisional) provisionalFirst++;
    uiReported.push(reported - diedAt);
    manager.push(managerSeen - diedAt);
    berthPart.push(reported - managerSeen);
  }
  dies.stop();
  const endMatches = await pageMatchesManager(socket, page, 30_000);
  await page.close();
  return {
    samples: ui.length,
    discarded: reasons.length,
    reasons,
    ui: spread(ui),
    provisionalFirst,
    uiReported: spread(uiReported),
    endMatches,
    manager: spread(manager),
    berth: spread(berthPart),
    probeMs,
  };
};
