import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  docker,
  engineSocketPath,
  removeTestContainers,
  runTestContainer,
} from '../electron/core/testing/docker-cli.js';
import { startSocketProxy } from '../electron/core/testing/socket-proxy.js';
import { ContainersPage } from './pages/containers-page.js';
import { startBerthWeb } from './support/berth-web.js';
import { engineControl } from './support/engine-control.js';

const SCOPE = 'e2e-outage';
let dir: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-outage-'));
});
test.afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await removeTestContainers(SCOPE);
});

test('with no engine at start, says where it looked and why, then connects when the engine appears', async ({
  page,
}) => {
  const socket = join(dir, 'late.sock');
  const berth = await startBerthWeb({ DOCKER_HOST: `unix://${socket}` });
  try {
    await page.goto(berth.url);
    const screen = page.getByRole('main', { name: 'Docker engine not reachable' });
    await expect(screen).toBeVisible();
    await expect(screen).toContainText(`unix://${socket}`);
    await expect(screen).toContainText('DOCKER_HOST');
    await expect(screen.getByRole('alert')).toContainText('no engine socket there');
    await expect(screen.getByRole('button', { name: 'Retry now' })).toBeVisible();

    await runTestContainer('e2e-late', SCOPE);
    const proxy = await startSocketProxy(socket, engineSocketPath());
    try {
      // No reload: the backend retries on its own and the page follows its events.
      const ui = new ContainersPage(page);
      await expect(ui.state('e2e-late')).toHaveText('running', { timeout: 10_000 });
    } finally {
      await proxy.kill();
    }
  } finally {
    await berth.stop();
  }
});

test('when the engine connection drops, shows it within 2 s and recovers with the changes made meanwhile', async ({
  page,
}) => {
  const socket = join(dir, 'flaky.sock');
  const proxy = await startSocketProxy(socket, engineSocketPath());
  const berth = await startBerthWeb({ DOCKER_HOST: `unix://${socket}` });
  try {
    const stays = await runTestContainer('e2e-drop-stays', SCOPE);
    const goes = await runTestContainer('e2e-drop-goes', SCOPE);
    const ui = new ContainersPage(page);
    await ui.open(berth.url);
    await expect(ui.state('e2e-drop-stays')).toHaveText('running');

    await proxy.kill();
    await expect(ui.engineAlert).toBeVisible({ timeout: 2_000 });
    // What we had stays on screen while the engine is away.
    await expect(ui.row('e2e-drop-goes')).toBeVisible();

    await docker('stop', '-t', '0', stays);
    await docker('rm', '-f', goes);
    await runTestContainer('e2e-drop-new', SCOPE);
    await proxy.revive();
    await expect(ui.engineAlert).toBeHidden({ timeout: 10_000 });
    await expect(ui.state('e2e-drop-stays')).toHaveText('exited');
    await expect(ui.row('e2e-drop-goes')).toHaveCount(0);
    await expect(ui.state('e2e-drop-new')).toHaveText('running');
  } finally {
    await berth.stop();
    await proxy.kill();
  }
});

test('dockerd killed and started again: banner within 2 s, then the list recovers on its own', async ({
  page,
}) => {
  test.skip(
    !engineControl,
    'needs the private engine scripts/test.sh starts (BERTH_ENGINE_DIR); never kills an engine it does not own',
  );
  test.setTimeout(120_000);
  const control = engineControl;
  if (!control) return;
  const berth = await startBerthWeb();
  let killed = false;
  try {
    await runTestContainer('e2e-crash', SCOPE);
    const ui = new ContainersPage(page);
    await ui.open(berth.url);
    await expect(ui.state('e2e-crash')).toHaveText('running');

    // The clock starts once dockerd is gone (the script waits for the process to exit).
    await control.kill();
    killed = true;
    const killedAt = Date.now();
    await expect(ui.engineAlert).toBeVisible({ timeout: 2_000 });
    expect(Date.now() - killedAt).toBeLessThan(2_000);

    await control.start();
    killed = false;
    // The container died with dockerd: the recovered list must say so, with no reload.
    await expect(ui.engineAlert).toBeHidden({ timeout: 30_000 });
    await expect(ui.state('e2e-crash')).toHaveText('exited');
    await runTestContainer('e2e-after', SCOPE);
    await expect(ui.state('e2e-after')).toHaveText('running', { timeout: 1_000 });
  } finally {
    // Whatever failed, the engine the other tests share comes back.
    if (killed) await control.start();
    await berth.stop();
  }
});
