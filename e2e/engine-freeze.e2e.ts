import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { removeTestContainers, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { engineFreezer } from '../electron/core/testing/engine-freezer.js';
import { startSocketProxy } from '../electron/core/testing/socket-proxy.js';
import { ContainersPage } from './pages/containers-page.js';
import { startBerthWeb } from './support/berth-web.js';

const SCOPE = 'e2e-freeze';
const freezer = engineFreezer();

test.afterAll(async () => {
  if (freezer) await removeTestContainers(SCOPE);
});

test('dockerd stopped with SIGSTOP while the list is open: "not responding" within 5 s, no pile-up, back within 2 s of SIGCONT', async ({
  page,
}) => {
  test.skip(
    !freezer,
    'needs the private engine scripts/test.sh starts (BERTH_ENGINE_DIR); never freezes an engine it does not own',
  );
  test.setTimeout(90_000);
  if (!freezer) return;
  const dir = mkdtempSync(join(tmpdir(), 'berth-freeze-e2e-'));
  // A forwarding proxy in front of the engine counts what Berth asks of it.
  const proxy = await startSocketProxy(join(dir, 'e.sock'), freezer.socket);
  const berth = await startBerthWeb({ DOCKER_HOST: `unix://${proxy.path}` });
  let frozen = false;
  try {
    await runTestContainer('e2e-freeze-keep', SCOPE, [], ['sleep', '3600']);
    const ui = new ContainersPage(page);
    await ui.open(berth.url);
    await expect(ui.state('e2e-freeze-keep')).toHaveText('running');
    const status = page.locator('.engine-summary');
    await expect(status).toContainText('Docker ');
    const notResponding = page.getByRole('alert').filter({ hasText: 'Engine not responding' });

    freezer.freeze();
    frozen = true;
    const frozenAt = Date.now();
    // The person keeps using the list (clicks into the search box); nothing else asks the engine.
    await expect
      .poll(
        async () => {
          await ui.search.click();
          return notResponding.isVisible();
        },
        { timeout: 5_000, intervals: [250] },
      )
      .toBe(true);
    expect(Date.now() - frozenAt).toBeLessThan(5_000);
    await expect(status).toContainText('Engine not responding');
    // The last known list stays, and what would call the engine is not offered.
    await expect(ui.state('e2e-freeze-keep')).toHaveText('running');
    await expect(ui.rowButton('Stop', 'e2e-freeze-keep')).toBeDisabled();

    // Opening another view while frozen fails fast instead of queueing at the engine.
    const requestsAtDetection = proxy.requests.length;
    await page.getByRole('link', { name: 'Images' }).click();
    await page.getByRole('heading', { name: 'Images' }).waitFor();
    await page.getByRole('link', { name: 'Containers' }).click();
    await expect(ui.state('e2e-freeze-keep')).toHaveText('running');
    for (let i = 0; i < 10; i++) await ui.search.click();
    expect(proxy.requests.slice(requestsAtDetection).filter((r) => !r.includes('/_ping'))).toEqual([]);
    expect(proxy.requests.slice(requestsAtDetection).length).toBeLessThanOrEqual(1);

    freezer.thaw();
    frozen = false;
    const thawedAt = Date.now();
    await expect(notResponding).toBeHidden({ timeout: 2_000 });
    await expect(status).toContainText('Docker ', { timeout: 1_000 });
    expect(Date.now() - thawedAt).toBeLessThan(2_000);
    await expect(ui.rowButton('Stop', 'e2e-freeze-keep')).toBeEnabled();
  } finally {
    if (frozen) freezer.thaw();
    await berth.stop();
    await proxy.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
