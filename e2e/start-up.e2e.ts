import { expect, test, type Page } from '@playwright/test';
import { runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthForSpec } from './support/spec-server.js';

/**
 * The boot script opens the page's WebSocket and sends the first screen's calls before the app
 * has loaded; the app must adopt that socket and take those answers, not open or ask again.
 */
const SCOPE = 'e2e-start-up';
const NAME = 'e2e-start-up-web';
const berth = berthForSpec(SCOPE);

test.beforeAll(async () => {
  await runTestContainer(NAME, SCOPE);
});

interface Invoke {
  readonly id: number;
  readonly channel: string;
  readonly payload: unknown;
}

/** Every WebSocket the page opens, each with the invokes sent on it. */
const watchSockets = (page: Page): Invoke[][] => {
  const sockets: Invoke[][] = [];
  page.on('websocket', (ws) => {
    const sent: Invoke[] = [];
    sockets.push(sent);
    ws.on('framesent', ({ payload }) => {
      const message = JSON.parse(String(payload)) as { t: string } & Invoke;
      if (message.t === 'invoke') sent.push(message);
    });
  });
  return sockets;
};

const calls = (sent: readonly Invoke[] | undefined, channel: string): Invoke[] =>
  (sent ?? []).filter((m) => m.channel === channel && JSON.stringify(m.payload) === '{}');

test('one socket per load, and the first screen asked for once: the boot script’s calls are the app’s', async ({
  page,
}) => {
  const sockets = watchSockets(page);
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await expect(ui.row(NAME)).toBeVisible();
  // A reload finds the token in storage (the address no longer has it), as every later load does.
  await page.reload();
  await expect(ui.row(NAME)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(sockets).toHaveLength(2);
  for (const sent of sockets) {
    // Not engine.status: the page also sends it as a liveness hint when it gets the focus.
    for (const channel of ['containers.list', 'tasks.list', 'settings.get']) {
      expect(calls(sent, channel), channel).toHaveLength(1);
    }
    // The boot script numbers its calls from 1; the app's own come after them.
    expect(calls(sent, 'containers.list')[0]?.id).toBeLessThan(10);
  }
});

test('the socket is opened while the app’s chunk is still loading', async ({ page }) => {
  const sockets = watchSockets(page);
  // Hold the app's chunk back until the socket is open: only the boot script can have opened it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  page.on('websocket', () => {
    release();
  });
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await expect(ui.row(NAME)).toBeVisible();
  expect(sockets).toHaveLength(1);
  expect(calls(sockets[0], 'containers.list')).toHaveLength(1);
});
