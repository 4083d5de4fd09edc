import { expect, test, type Page } from '@playwright/test';
import { runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthForSpec } from './support/spec-server.js';

/**
 * The boot script opens the page's WebSocket before the app has loaded, and the backend runs the
 * first screen's calls for it; the app must adopt that socket and take those answers, not open
 * another or ask again.
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

interface Socket {
  readonly url: string;
  readonly sent: Invoke[];
}

/** Every WebSocket the page opens, each with the invokes sent on it. */
const watchSockets = (page: Page): Socket[] => {
  const sockets: Socket[] = [];
  page.on('websocket', (ws) => {
    const sent: Invoke[] = [];
    sockets.push({ url: ws.url(), sent });
    ws.on('framesent', ({ payload }) => {
      const message = JSON.parse(String(payload)) as { t: string } & Invoke;
      if (message.t === 'invoke') sent.push(message);
    });
  });
  return sockets;
};

const calls = (socket: Socket | undefined, channel: string): Invoke[] =>
  (socket?.sent ?? []).filter((m) => m.channel === channel && JSON.stringify(m.payload) === '{}');

/** The page's socket asked the backend for the first screen's calls, and sent none of them itself. */
const expectFirstCallsTaken = (socket: Socket | undefined): void => {
  expect(socket?.url).toMatch(/\/ws\?first=all$/);
  // Calls the page makes once per load. Not engine.status, tasks.list nor containers.list: other
  // parts of the page ask for those again (a liveness hint on focus, the images feed, update checks).
  for (const channel of ['settings.get', 'engines.list', 'contexts.list', 'swarm.state']) {
    expect(calls(socket, channel), channel).toHaveLength(0);
  }
};

test('one socket per load, and the first screen’s calls are the backend’s answers to the boot socket, not asked again', async ({
  page,
}) => {
  const sockets = watchSockets(page);
  const ui = new ContainersPage(page);
  // Not ui.open: picking the list's filter saves a setting, which reads the settings again.
  await page.goto(berth().url);
  await expect(ui.row(NAME)).toBeVisible();
  // A reload finds the token in storage (the address no longer has it), as every later load does.
  await page.reload();
  await expect(ui.row(NAME)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(sockets).toHaveLength(2);
  for (const socket of sockets) expectFirstCallsTaken(socket);
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
  await page.goto(berth().url);
  await expect(ui.row(NAME)).toBeVisible();
  expect(sockets).toHaveLength(1);
  expectFirstCallsTaken(sockets[0]);
});

test('a load on the Services view leaves the containers list out of its first calls; the page asks for it once, itself', async ({
  page,
}) => {
  const sockets = watchSockets(page);
  await page.goto(`${berth().url}#/services`);
  // This engine is no swarm manager: the view says so.
  await expect(page.getByText('This engine is not a swarm manager')).toBeVisible();
  expect(sockets).toHaveLength(1);
  expect(sockets[0]?.url).toMatch(/\/ws\?first=swarm$/);
  // The rest of the first screen still comes from the boot socket's answers.
  for (const channel of ['settings.get', 'engines.list', 'contexts.list', 'swarm.state']) {
    expect(calls(sockets[0], channel), channel).toHaveLength(0);
  }
  await expect.poll(() => calls(sockets[0], 'containers.list').length).toBe(1);
  const ui = new ContainersPage(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Containers' }).click();
  await expect(ui.row(NAME)).toBeVisible();
  expect(sockets).toHaveLength(1);
});
