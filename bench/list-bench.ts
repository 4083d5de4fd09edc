import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser } from '@playwright/test';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { backendFor, waitForStatus } from '../electron/core/testing/test-backend.js';
import { rawApi } from './raw-api.js';
import { median, medianOf, timed } from './stats.js';

const exec = promisify(execFile);

export interface ListFigures {
  readonly containers: number;
  readonly rawMs: number;
  readonly cliMs: number;
  readonly backendMs: number;
  readonly screenMs: number;
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

  const page = await browser.newPage();
  await page.goto(berth.url);
  await page.getByRole('grid', { name: 'Containers' }).waitFor();
  const screens: number[] = [];
  let domRows = 0;
  for (let i = 0; i <= runs; i++) {
    const { ms } = await timed(async () => {
      await page.reload();
      await page.locator('[role=grid] [role=row][aria-label]').first().waitFor();
    });
    if (i > 0) screens.push(ms);
    domRows = await page.locator('[role=grid] [role=row]').count();
  }
  await page.close();
  return { containers, rawMs, cliMs, backendMs, screenMs: median(screens), domRows };
};
