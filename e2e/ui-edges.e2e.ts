import { expect, test, type Locator } from '@playwright/test';
import { docker, runTestContainer, TEST_LABEL } from '../electron/core/testing/docker-cli.js';
import { ContainerDetailPage } from './pages/container-detail-page.js';
import { ContainersPage } from './pages/containers-page.js';
import { ImagesPage } from './pages/images-page.js';
import { VolumesPage } from './pages/volumes-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-edges';
const berth = berthForSpec(SCOPE);
const VIEWPORT = { width: 1100, height: 700 };

const box = async (locator: Locator) => {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
};

test('a volume with a very long name keeps its row actions inside the window', async ({ page }) => {
  await page.setViewportSize(VIEWPORT);
  const name = `e2e-layout-${'long'.repeat(60)}`;
  await docker('volume', 'create', '--label', `${TEST_LABEL}=${SCOPE}`, name);
  try {
    const ui = new VolumesPage(page);
    await ui.open(berth().url);
    const remove = ui.button(`Remove ${name}`);
    await expect(remove).toBeVisible();
    const b = await box(remove);
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(VIEWPORT.width);
    // Nothing scrolls sideways: not the page, not the table.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      VIEWPORT.width,
    );
    const table = await ui.table.evaluate((t) => ({
      width: t.getBoundingClientRect().right,
      scroll: t.parentElement ? t.parentElement.scrollWidth - t.parentElement.clientWidth : 0,
    }));
    expect(table.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(table.scroll).toBe(0);
  } finally {
    await docker('volume', 'rm', name);
  }
});

test('the task button leaves the engine status in the sidebar uncovered', async ({ page }) => {
  await page.setViewportSize(VIEWPORT);
  const images = new ImagesPage(page);
  await images.open(berth().url);
  // A pull from a port nothing listens on: a task that fails at once and stays listed.
  await images.pull('127.0.0.1:9/e2e-layout/nothing:1');
  const toggle = page.getByRole('region', { name: 'Tasks' }).getByRole('button', { name: /^Tasks/ });
  await expect(toggle).toBeVisible();
  const status = page.locator('.engine-summary');
  // The sidebar scrolls (it lists every engine now): bring the status into view, as a person would.
  await status.scrollIntoViewIfNeeded();
  await expect(status).toBeVisible();
  const [t, s] = [await box(toggle), await box(status)];
  const overlaps = t.x < s.x + s.width && s.x < t.x + t.width && t.y < s.y + s.height && s.y < t.y + t.height;
  expect(overlaps, `task button ${JSON.stringify(t)} covers engine status ${JSON.stringify(s)}`).toBe(false);
  // And the sidebar's status is what is on top at its centre.
  const onTop = await page.evaluate(
    ({ x, y }) => {
      const hit = document.elementFromPoint(x, y);
      return hit?.closest('.engine-summary') ? 'status' : (hit?.outerHTML.slice(0, 160) ?? 'nothing');
    },
    { x: s.x + s.width / 2, y: s.y + s.height / 2 },
  );
  expect(onTop).toBe('status');
});

test("a removed container's detail and log header keep its name", async ({ page }) => {
  await runTestContainer(
    'e2e-edges-gone',
    SCOPE,
    ['--network', 'none'],
    ['sh', '-c', 'echo hello; sleep 3600'],
  );
  const detail = await ContainerDetailPage.open(new ContainersPage(page), berth().url, 'e2e-edges-gone');
  await expect(detail.logs).toContainText('hello');
  await docker('rm', '-f', 'e2e-edges-gone');
  await expect(page.getByRole('status').filter({ hasText: 'This container was removed.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'e2e-edges-gone', level: 1 })).toBeVisible();
  await expect(detail.logs).toBeVisible();
});
