import type { Browser } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { rawApi } from './raw-api.js';
import { percentile } from './stats.js';

declare global {
  interface Window {
    __berthSeen?: [name: string, state: string, at: number][];
  }
}

export interface LatencyFigures {
  readonly samples: number;
  /** Samples left out because the engine's event for them was not seen. */
  readonly discarded: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** Engine events as they happen: container id + action → the engine's own timestamp (ms). */
const watchEvents = (socket: string) => {
  const seen = new Map<string, number>();
  const filters = encodeURIComponent(JSON.stringify({ type: ['container'], event: ['pause', 'unpause'] }));
  let stop = (): void => undefined;
  const ready = import('node:http').then(
    ({ request }) =>
      new Promise<void>((resolve) => {
        const req = request({ socketPath: socket, path: `/events?filters=${filters}` }, (res) => {
          let buffer = '';
          res.on('data', (chunk: Buffer) => {
            buffer += chunk.toString('utf8');
            let nl;
            while ((nl = buffer.indexOf('\n')) !== -1) {
              const event = JSON.parse(buffer.slice(0, nl)) as {
                id: string;
                Action: string;
                timeNano: number;
              };
              buffer = buffer.slice(nl + 1);
              seen.set(`${event.id}:${event.Action}`, event.timeNano / 1e6);
            }
          });
          resolve();
        });
        req.end();
        stop = () => req.destroy();
      }),
  );
  return { seen, ready, stop: () => stop() };
};

/**
 * Engine event → UI updated: the engine's event timestamp against the moment the row's State
 * cell changed in the page (a MutationObserver stamps it with the same wall clock).
 */
export const benchEventLatency = async (
  socket: string,
  browser: Browser,
  berth: BerthWeb,
  live: readonly { id: string; name: string }[],
  samples: number,
): Promise<LatencyFigures> => {
  const events = watchEvents(socket);
  await events.ready;
  const page = await browser.newPage();
  await page.goto(berth.url);
  await page.getByRole('searchbox', { name: 'Search containers' }).fill('berth-bench-live');
  await page.locator('[role=grid] [role=row][aria-label]').first().waitFor();
  await page.evaluate(() => {
    window.__berthSeen = [];
    new MutationObserver(() => {
      const at = performance.timeOrigin + performance.now();
      for (const row of document.querySelectorAll('[role=grid] [role=row][aria-label]')) {
        const state = row.querySelector('[role=gridcell].cell-state')?.textContent ?? '';
        window.__berthSeen?.push([row.getAttribute('aria-label') ?? '', state, at]);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  const latencies: number[] = [];
  let discarded = 0;
  for (let i = 0; i < samples; i++) {
    const target = live[i % live.length];
    if (!target) break;
    const action = Math.floor(i / live.length) % 2 === 0 ? 'pause' : 'unpause';
    await rawApi(socket, 'POST', `/containers/${target.id}/${action}`);
    const expected = action === 'pause' ? 'paused' : 'running';
    const shownAt = await page.waitForFunction(
      ([name, state]) => window.__berthSeen?.find(([n, s]) => n === name && s === state)?.[2] ?? null,
      [target.name, expected] as const,
      { polling: 10, timeout: 5_000 },
    );
    const shown = (await shownAt.jsonValue()) as number;
    const eventAt = events.seen.get(`${target.id}:${action}`);
    // Without the engine's own timestamp there is nothing to measure from: counted, not hidden.
    if (eventAt !== undefined) latencies.push(shown - eventAt);
    else discarded++;
    await page.evaluate(() => {
      window.__berthSeen = [];
    });
  }
  events.stop();
  await page.close();
  return {
    samples: latencies.length,
    discarded,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: Math.max(...latencies),
  };
};
