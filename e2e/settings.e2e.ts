import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainerDetailPage } from './pages/container-detail-page.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthWithOwnConfig } from './support/own-config.js';

const SCOPE = 'e2e-settings';
const NAME = `e2e-set-${process.pid}`;
const berth = berthWithOwnConfig(SCOPE);

const DARK_BG = 'rgb(21, 24, 29)';
const LIGHT_BG = 'rgb(255, 255, 255)';
/** --accent in the dark theme, the colour charts draw their line in. */
const DARK_ACCENT = [0x6b, 0x9b, 0xff] as const;

const theme = (page: Page) => page.locator('html');

const openSettings = async (page: Page): Promise<void> => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
};

/** The background xterm paints the log console with (set from its theme, not from CSS). */
const terminalBackground = (detail: ContainerDetailPage) =>
  detail.logs.locator('.xterm-scrollable-element').evaluate((el) => getComputedStyle(el).backgroundColor);

/** Whether the chart's canvas has pixels of about the given colour: what was drawn, not what CSS says. */
const chartHasColour = (page: Page, rgb: readonly [number, number, number]) =>
  page.getByRole('img', { name: /^Memory over the last 5 minutes/ }).evaluate((canvas, [r, g, b]) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    for (let i = 0; i < data.length; i += 4) {
      // The line is anti-aliased: its core pixels are close to, not exactly, the colour.
      const near = (k: number, v: number) => Math.abs((data[i + k] ?? -1000) - v) <= 24;
      if ((data[i + 3] ?? 0) >= 160 && near(0, r) && near(1, g) && near(2, b)) return true;
    }
    return false;
  }, rgb);

/** Finds the container by search (the shared engine may hold more rows than fit) and opens it. */
const openDetail = async (page: Page, name: string): Promise<ContainerDetailPage> => {
  const ui = new ContainersPage(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Containers' }).click();
  await ui.search.fill(name);
  await ui
    .row(name)
    .getByRole('button', { name: `Open ${name}` })
    .click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return new ContainerDetailPage(page, name);
};

test.beforeAll(async () => {
  await runTestContainer(NAME, SCOPE, [], ['sh', '-c', 'echo settings-e2e; sleep 3600']);
});

test('the dark theme reaches terminals and charts, applies in other windows, and survives a restart', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const ui = new ContainersPage(page);
  await ui.open(berth().web.url);
  // Chromium here prefers light, and the setting starts at "system".
  await expect(theme(page)).toHaveAttribute('data-theme', 'light');
  const other = await context.newPage();
  await other.goto(berth().web.url);
  await expect(theme(other)).toHaveAttribute('data-theme', 'light');

  await openSettings(page);
  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
  await expect(theme(other)).toHaveAttribute('data-theme', 'dark');

  const detail = await openDetail(page, NAME);
  await expect(detail.logs).toContainText('settings-e2e');
  await expect.poll(() => terminalBackground(detail)).toBe(DARK_BG);
  await detail.tab('Stats').click();
  await expect.poll(() => chartHasColour(page, DARK_ACCENT), { timeout: 15_000 }).toBe(true);

  await berth().restart();
  await other.close();
  await page.goto(berth().web.url);
  const again = await openDetail(page, NAME);
  await expect(theme(page)).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => terminalBackground(again)).toBe(DARK_BG);

  // Back to light while the log console is open: the open terminal follows.
  await openSettings(page);
  await page.getByLabel('Theme').selectOption({ label: 'Light' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Containers' }).click();
  await expect(theme(page)).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => terminalBackground(again)).toBe(LIGHT_BG);
});

test('the screen shows every section’s fields; a bad value is refused and changes nothing', async ({
  page,
}) => {
  await page.goto(berth().web.url);
  await openSettings(page);
  for (const section of ['Appearance', 'Language', 'Logs', 'Alerts and tray', 'Desktop', 'Engines']) {
    await expect(page.getByRole('group', { name: section })).toBeVisible();
  }
  // Web mode cannot start at login: the field says so and cannot be changed.
  await expect(page.getByRole('checkbox', { name: 'Start Berth when I log in' })).toBeDisabled();

  const size = page.getByRole('textbox', { name: 'Terminal font size' });
  await size.fill('99');
  await size.press('Enter');
  await expect(size).toHaveAccessibleDescription('Enter a whole number from 8 to 32.');
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  const saved = () => readFile(`${berth().configDir}/berth/settings.json`, 'utf8').catch(() => '{}');
  expect(JSON.parse(await saved())).not.toMatchObject({ appearance: { terminalFontSize: 99 } });

  await size.fill('15');
  await size.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect
    .poll(
      async () => (JSON.parse(await saved()) as { appearance?: { terminalFontSize?: number } }).appearance,
    )
    .toMatchObject({ terminalFontSize: 15 });

  await page.getByLabel('Wrap long lines in new log views').click();
  await expect
    .poll(async () => JSON.parse(await saved()) as unknown)
    .toMatchObject({ logs: { wrap: false } });
});
