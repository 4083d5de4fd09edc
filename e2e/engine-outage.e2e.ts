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
import { ContainerDetailPage } from './pages/container-detail-page.js';
import { ContainersPage } from './pages/containers-page.js';
import { startBerthWeb } from './support/berth-web.js';
import { engineControl, KILLS_ENGINE } from './support/engine-control.js';

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
  test.skip(!engineControl, KILLS_ENGINE);
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

test('dockerd killed while a log view follows a restart=always container: the view resumes, no line twice', async ({
  page,
}) => {
  test.skip(!engineControl, KILLS_ENGINE);
  test.setTimeout(120_000);
  const control = engineControl;
  if (!control) return;
  const berth = await startBerthWeb();
  let killed = false;
  try {
    // Each start of the container picks a run id, so a line can only repeat if Berth repeats it.
    const script =
      'run=$(cut -c1-8 /proc/sys/kernel/random/uuid); i=0; ' +
      'while true; do i=$((i+1)); printf "tick-%s-%04d\\n" "$run" "$i"; sleep 0.5; done';
    await runTestContainer('e2e-follow-crash', SCOPE, ['--restart', 'always'], ['sh', '-c', script]);
    const ui = new ContainersPage(page);
    await ui.open(berth.url);
    await ui.row('e2e-follow-crash').getByRole('button', { name: 'Open e2e-follow-crash' }).click();
    const detail = new ContainerDetailPage(page, 'e2e-follow-crash');
    await expect(detail.logs).toContainText('-0003');
    const before = await visibleTicks(detail);

    await control.kill();
    killed = true;
    await control.start();
    killed = false;
    // restart=always brings the container back with a new run id; the view picks it up alone.
    const firstRun = before[0]?.split('-')[1] ?? '';
    await expect
      .poll(async () => (await visibleTicks(detail)).some((t) => !t.includes(firstRun)), { timeout: 45_000 })
      .toBe(true);
    const after = await visibleTicks(detail);
    expect(after.length).toBeGreaterThan(before.length);
    expect(new Set(after).size).toBe(after.length);
    // What was on screen before the crash is still in the console exactly once (search covers
    // the scrollback, not just the rows on screen).
    for (const line of before) {
      await detail.logSearch.fill(line);
      await expect(detail.page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^1 of 1 match/);
    }
  } finally {
    if (killed) await control.start();
    await berth.stop();
  }
});

/** The tick lines the console shows now (the viewport rows xterm renders into the page). */
const visibleTicks = async (detail: ContainerDetailPage): Promise<string[]> => {
  const rows = await detail.logs.locator('.xterm-rows > div').allInnerTexts();
  return rows.flatMap((row) => row.match(/tick-[0-9a-f]{8}-\d{4}/g) ?? []);
};
