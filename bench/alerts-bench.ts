import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { Alert } from '../shared/alerts/alert-types.js';
import { startBerthWeb } from '../e2e/support/berth-web.js';
import { cpuTimesBetween, threadCpuTimes, type CpuTimes } from './cpu-wait.js';
import { BENCH_LABEL, createContainers } from './fixtures.js';
import { rawApi } from './raw-api.js';
import { percentile } from './stats.js';

declare global {
  interface Window {
    __berthAlertSeen?: [name: string, state: string, at: number][];
  }
}

export interface AlertsFigures {
  readonly total: number;
  readonly dying: number;
  /** Distinct alerts the burst raised (from the persisted history) and toasts on screen at the end. */
  readonly alerts: number;
  readonly toasts: number;
  /** Deaths the grouped alerts count, and of the containers they name: missing and doubled ones. */
  readonly counted: number;
  readonly named: number;
  readonly doubled: number;
  readonly foreign: number;
  /** How long after the trigger the last death's `die` event came (the engine's own spread). */
  readonly eventSpreadMs: number;
  /** Event → row shows "exited", for the dying rows on screen (the list is virtualised). */
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /**
   * The same rows from the moment the die event reached a raw /events stream opened next to
   * Berth's: what Berth adds to the engine's own delivery (which the burst slows by itself).
   */
  readonly afterDeliveryP50: number;
  readonly afterDeliveryP95: number;
  /** The engine's floor for the same rows: die event → the raw list says the container is not running. */
  readonly rawP50: number;
  readonly rawP95: number;
  /** The engine's own delivery: die event timestamp → the event arrives on a raw /events stream. */
  readonly deliveredP50: number;
  readonly deliveredP95: number;
  /**
   * From the trigger until the engine reported the last death, the main threads of Berth's backend
   * and of this bench (the raw /events reader): time on a CPU, and time ready to run but waiting
   * for one. Null where /proc has no scheduler figures.
   */
  readonly backendCpu: CpuTimes | null;
  readonly readerCpu: CpuTimes | null;
}

const DYING = 'berth-bench-alerts-die';
const HISTORY_FILE = 'alerts-history.json';
const TRIGGER_IN_CONTAINER = '/trigger/go';

/** die events of the bench's dying containers: id → the engine's timestamp (ms), and when each arrived. */
const watchDeaths = (socket: string) => {
  const seen = new Map<string, number>();
  const arrived = new Map<string, number>();
  const filters = encodeURIComponent(
    JSON.stringify({ type: ['container'], event: ['die'], label: [`${BENCH_LABEL}=${DYING}`] }),
  );
  let stop = (): void => undefined;
  const ready = new Promise<void>((resolve) => {
    const req = request({ socketPath: socket, path: `/events?filters=${filters}` }, (res) => {
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let nl;
        while ((nl = buffer.indexOf('\n')) !== -1) {
          const event = JSON.parse(buffer.slice(0, nl)) as { id: string; timeNano: number };
          buffer = buffer.slice(nl + 1);
          seen.set(event.id, event.timeNano / 1e6);
          arrived.set(event.id, Date.now());
        }
      });
      resolve();
    });
    req.end();
    stop = () => req.destroy();
  });
  return { seen, arrived, ready, stop: () => stop() };
};

/** Containers that block reading the FIFO in `dir`, then exit 1: a crash, all at once when its writer closes. */
const createDying = async (socket: string, image: string, dir: string, count: number): Promise<string[]> => {
  const ids: string[] = new Array<string>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      const name = `${DYING}-${String(index).padStart(4, '0')}`;
      const created = await rawApi(socket, 'POST', `/containers/create?name=${name}`, {
        Image: image,
        Cmd: ['sh', '-c', `read line < ${TRIGGER_IN_CONTAINER}; exit 1`],
        Labels: { [BENCH_LABEL]: DYING },
        HostConfig: { NetworkMode: 'none', Binds: [`${dir}:/trigger:ro`] },
      });
      if (created.status !== 201) throw new Error(`create failed: ${created.status} ${created.text}`);
      const id = (JSON.parse(created.text) as { Id: string }).Id;
      const started = await rawApi(socket, 'POST', `/containers/${id}/start`);
      if (started.status !== 204) throw new Error(`start failed: ${started.status} ${started.text}`);
      ids[index] = id;
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return ids;
};

/** The container's process holds the trigger open (seen from the host's /proc): it is waiting. */
const waiting = async (socket: string, id: string): Promise<boolean> => {
  const info = JSON.parse((await rawApi(socket, 'GET', `/containers/${id}/json`)).text) as {
    State: { Pid: number };
  };
  try {
    const fds = readdirSync(`/proc/${info.State.Pid}/fd`);
    return fds.some((fd) => {
      try {
        return readlinkSync(`/proc/${info.State.Pid}/fd/${fd}`) === TRIGGER_IN_CONTAINER;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
};

/**
 * For the given containers, when the raw list (one call every 100 ms for all still running) first
 * says each is no longer running: what any client of this engine could show at best.
 */
const watchListed = (socket: string, ids: readonly string[], capMs: number) => {
  const listedAt = new Map<string, number>();
  const done = (async () => {
    const end = Date.now() + capMs;
    while (listedAt.size < ids.length && Date.now() < end) {
      const pending = ids.filter((id) => !listedAt.has(id));
      const filters = encodeURIComponent(JSON.stringify({ id: pending }));
      const listed = await rawApi(socket, 'GET', `/containers/json?all=1&filters=${filters}`);
      const at = Date.now();
      for (const row of JSON.parse(listed.text) as { Id: string; State: string }[])
        if (row.State !== 'running') listedAt.set(row.Id, at);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return { listedAt, done };
};

const until = async (what: string, check: () => Promise<boolean> | boolean, capMs: number): Promise<void> => {
  const end = Date.now() + capMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`alerts bench: ${what} did not happen within ${capMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

/**
 * `total` bench containers, `dying` of them waiting on one FIFO; with the web page open on the list,
 * closing the FIFO's only writer crashes them all within a moment. Measures how many alerts that
 * burst becomes, whether each death is counted once, and event → row "exited" for the rows on screen.
 */
export const benchAlerts = async (
  socket: string,
  browser: Browser,
  image: string,
  total: number,
  dying: number,
): Promise<AlertsFigures> => {
  const trigger = mkdtempSync(join(tmpdir(), 'berth-bench-alerts-'));
  const configDir = mkdtempSync(join(tmpdir(), 'berth-bench-alerts-config-'));
  const fifo = join(trigger, 'go');
  execFileSync('mkfifo', [fifo]);
  // Read-write: opening waits for no reader, and the containers' opens wait for no writer.
  const writer = openSync(fifo, 'r+');
  let closed = false;
  const berth = await startBerthWeb({ DOCKER_HOST: `unix://${socket}`, XDG_CONFIG_HOME: configDir });
  const deaths = watchDeaths(socket);
  try {
    await createContainers(socket, image, 'berth-bench-alerts-idle', Math.max(0, total - dying));
    const ids = await createDying(socket, image, trigger, dying);
    const mine = new Set(ids);
    await until(
      'every dying container waiting',
      async () => {
        for (const id of ids) if (!(await waiting(socket, id))) return false;
        return true;
      },
      120_000,
    );
    await deaths.ready;

    const page = await browser.newPage();
    await page.goto(berth.url);
    await page.getByRole('searchbox', { name: 'Search containers' }).fill(DYING);
    await page.locator('[role=grid] [role=row][aria-label]').first().waitFor();
    await page.evaluate(() => {
      window.__berthAlertSeen = [];
      new MutationObserver(() => {
        const at = performance.timeOrigin + performance.now();
        for (const row of document.querySelectorAll('[role=grid] [role=row][aria-label]')) {
          const state = row.querySelector('[role=gridcell].cell-state')?.textContent ?? '';
          window.__berthAlertSeen?.push([row.getAttribute('aria-label') ?? '', state, at]);
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const onScreen = await page
      .locator('[role=grid] [role=row][aria-label]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));

    const nameToId = new Map(ids.map((id, i) => [`${DYING}-${String(i).padStart(4, '0')}`, id]));
    const screenIds = onScreen.flatMap((name) => nameToId.get(name) ?? []);
    const backendBefore = threadCpuTimes(berth.pid);
    const readerBefore = threadCpuTimes(process.pid);
    const triggeredAt = Date.now();
    closeSync(writer);
    closed = true;
    const listed = watchListed(socket, screenIds, 300_000);
    await until('every death reported by the engine', () => deaths.seen.size >= dying, 300_000);
    const backendCpu = cpuTimesBetween(backendBefore, threadCpuTimes(berth.pid));
    const readerCpu = cpuTimesBetween(readerBefore, threadCpuTimes(process.pid));
    await listed.done;
    const eventSpreadMs = Math.max(...deaths.seen.values()) - triggeredAt;

    // The persisted history is the backend's own record of what it raised (written within a second).
    const burst = (): Alert[] => {
      try {
        const all = JSON.parse(readFileSync(join(configDir, 'berth', HISTORY_FILE), 'utf8')) as Alert[];
        return all.filter((alert) => alert.items.some((item) => mine.has(item.id)));
      } catch {
        return [];
      }
    };
    await until(
      'the alerts to count every death',
      () => burst().reduce((n, a) => n + a.total, 0) >= dying,
      60_000,
    ).catch(() => undefined);
    // A little longer: a late extra alert or a double count would show now.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const alerts = burst();
    const named = alerts.flatMap((alert) => alert.items.map((item) => item.id));
    const toasts = await page.getByRole('region', { name: 'Alerts' }).getByRole('article').count();

    const seen = await page.evaluate(() => window.__berthAlertSeen ?? []);
    const latencies: number[] = [];
    const afterDelivery: number[] = [];
    const raw: number[] = [];
    for (const [id, at] of listed.listedAt) {
      const eventAt = deaths.seen.get(id);
      if (eventAt !== undefined) raw.push(at - eventAt);
    }
    const delivered = [...deaths.arrived].flatMap(([id, at]) => {
      const eventAt = deaths.seen.get(id);
      return eventAt === undefined ? [] : [at - eventAt];
    });
    for (const name of onScreen) {
      const id = nameToId.get(name);
      const eventAt = id === undefined ? undefined : deaths.seen.get(id);
      const shown = seen.find(([n, s]) => n === name && s === 'exited')?.[2];
      if (eventAt !== undefined && shown !== undefined) latencies.push(shown - eventAt);
      const arrivedAt = id === undefined ? undefined : deaths.arrived.get(id);
      if (arrivedAt !== undefined && shown !== undefined) afterDelivery.push(shown - arrivedAt);
    }
    await page.close();
    return {
      total,
      dying,
      alerts: alerts.length,
      toasts,
      counted: alerts.reduce((n, a) => n + a.total, 0),
      named: new Set(named).size,
      doubled: named.length - new Set(named).size,
      foreign: named.filter((id) => !mine.has(id)).length,
      eventSpreadMs,
      samples: latencies.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.length > 0 ? Math.max(...latencies) : Number.NaN,
      afterDeliveryP50: percentile(afterDelivery, 50),
      afterDeliveryP95: percentile(afterDelivery, 95),
      rawP50: percentile(raw, 50),
      rawP95: percentile(raw, 95),
      deliveredP50: percentile(delivered, 50),
      deliveredP95: percentile(delivered, 95),
      backendCpu,
      readerCpu,
    };
  } finally {
    if (!closed) closeSync(writer);
    deaths.stop();
    await berth.stop();
    rmSync(trigger, { recursive: true, force: true });
    rmSync(configDir, { recursive: true, force: true });
  }
};
