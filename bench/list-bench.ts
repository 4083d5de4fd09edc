import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { backendFor, waitForStatus } from '../electron/core/testing/test-backend.js';
import { rawApi } from './raw-api.js';
import { median, medianOf } from './stats.js';

const exec = promisify(execFile);

export interface ListFigures {
  readonly containers: number;
  readonly rawMs: number;
  readonly cliMs: number;
  readonly backendMs: number;
  readonly screenMs: number;
  readonly appMs: number;
  readonly domRows: number;
}

/**
 * The container list at scale, all in one run: the raw API call (the floor), the docker CLI,
 * the backend's handshake + relist, and the page from navigation to rows on screen.
 */
export const benchList = async (
  socket: string,
  browser: Browser,
  berth: BerthWeb,
  runs: number,
): Promise<ListFigures> => {
  const raw = await rawApi(socket, 'GET', '/containers/json?all=1');
  const containers = (JSON.parse(raw.text) as unknown[]).length;
  const rawMs = await medianOf(runs, () => rawApi(socket, 'GET', '/containers/json?all=1'));
  const cliMs = await medianOf(runs, () =>
    exec('docker', ['ps', '-a', '--no-trunc'], { maxBuffer: 64 << 20 }),
  );
  const backendMs = await medianOf(runs, async () => {
    const backend = backendFor(`unix://${socket}`);
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected', 30_000);
    backend.dispose();
  });

  // Reloading the app in a browser that has been here before (cookie, cached assets), timed
  // inside the page: from navigation start, and from document start (what the app itself costs:
  // HTML, script, WebSocket, list, first render), to the first container row in the DOM.
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const marks = { start: performance.now(), row: Number.NaN };
    (window as { __berthMarks?: typeof marks }).__berthMarks = marks;
    const observer = new MutationObserver(() => {
      if (document.querySelector('[role=grid] [role=row][aria-label]')) {
        marks.row = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  await page.goto(berth.url);
  const fromNavigation: number[] = [];
  const fromDocument: number[] = [];
  let domRows = 0;
  for (let i = 0; i <= runs; i++) {
    await page.reload();
    const marks = await page.waitForFunction(() => {
      const m = (window as { __berthMarks?: { start: number; row: number } }).__berthMarks;
      return m && !Number.isNaN(m.row) ? m : null;
    });
    const { start, row } = (await marks.jsonValue()) ?? { start: Number.NaN, row: Number.NaN };
    if (i > 0) {
      fromNavigation.push(row);
      fromDocument.push(row - start);
    }
    domRows = await page.locator('[role=grid] [role=row]').count();
  }
  await context.close();
  return {
    containers,
    rawMs,
    cliMs,
    backendMs,
    screenMs: median(fromNavigation),
    appMs: median(fromDocument),
    domRows,
  };
};
