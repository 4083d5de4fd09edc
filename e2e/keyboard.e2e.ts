import { expect, test, type Locator, type Page } from '@playwright/test';
import { docker, eventually, runTestContainer, TEST_IMAGE } from '../electron/core/testing/docker-cli.js';
import { RunDialogPage } from './pages/run-dialog-page.js';
import { berthWithOwnConfig } from './support/own-config.js';

const SCOPE = 'e2e-keyboard';
const FIRST = `e2e-kbd-${process.pid}-a`;
const MADE = `e2e-kbd-${process.pid}-b`;
const berth = berthWithOwnConfig(SCOPE);

test.afterAll(async () => {
  // The container the test creates through the dialog carries no test label: remove it by exact name.
  await docker('rm', '-f', MADE).catch(() => undefined);
});

/** Presses Tab (no mouse, no programmatic focus) until `target` has focus. */
const tabTo = async (page: Page, target: Locator, max = 60): Promise<void> => {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
};

const palette = (page: Page) => page.getByRole('combobox', { name: /^Search containers, images/ });

const runFromPalette = async (page: Page, query: string, option: string): Promise<void> => {
  await page.keyboard.press('Control+K');
  await expect(palette(page)).toBeFocused();
  await page.keyboard.type(query);
  // Within the palette's results: the sidebar's engine picker is a <select> with a selected option too.
  await expect(
    page.getByRole('listbox', { name: 'Results' }).getByRole('option', { selected: true }),
  ).toContainText(option);
  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
};

const state = (name: string) => docker('inspect', '--format', '{{.State.Status}}', name);

test('keyboard only: palette → a container → logs → back → run dialog → create → stop → remove', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await runTestContainer(FIRST, SCOPE, [], ['sh', '-c', 'echo keyboard-flow; sleep 3600']);
  await page.goto(berth().web.url);
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();

  await runFromPalette(page, `logs ${FIRST}`, `Logs of ${FIRST}`);
  await expect(page.getByRole('heading', { name: FIRST })).toBeVisible();
  await expect(page.getByRole('region', { name: `Logs of ${FIRST}` })).toContainText('keyboard-flow');

  await tabTo(page, page.getByRole('button', { name: /Back to containers/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();

  // `n` is the documented shortcut for a new container.
  await page.locator('body').press('n');
  const run = new RunDialogPage(page);
  await expect(run.dialog).toBeVisible();
  await tabTo(page, run.field('Image'));
  await page.keyboard.type(TEST_IMAGE);
  await tabTo(page, run.field('Name'));
  await page.keyboard.type(MADE);
  await tabTo(page, run.field('Command'));
  await page.keyboard.type('sleep 3600');
  // The dialog has taken in what was typed (its command preview follows the form) before submitting.
  await expect(run.preview).toContainText(`--name ${MADE}`);
  await expect(run.preview).toContainText('sleep 3600');
  await expect(run.button('Create container')).not.toHaveAttribute('aria-disabled', 'true');
  await tabTo(page, run.button('Create container'));
  await page.keyboard.press('Enter');
  await expect(run.dialog).toHaveCount(0, { timeout: 20_000 });
  await eventually(async () => expect(await state(MADE)).toBe('running'), 20_000);

  await runFromPalette(page, `stop ${MADE}`, `Stop ${MADE}`);
  await eventually(async () => expect(await state(MADE)).toBe('exited'), 30_000);

  await runFromPalette(page, `remove ${MADE}`, `Remove ${MADE}`);
  const confirm = page.getByRole('dialog', { name: 'Remove containers' });
  await expect(confirm).toBeVisible();
  await tabTo(page, confirm.getByRole('button', { name: 'Remove', exact: true }));
  await page.keyboard.press('Enter');
  await eventually(
    async () => expect(await docker('ps', '-aq', '--filter', `name=^/${MADE}$`)).toBe(''),
    20_000,
  );
});

test('? shows the cheat sheet; g then i goes to Images; focus is visible', async ({ page }) => {
  await page.goto(berth().web.url);
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();
  await page.locator('body').press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row').filter({ hasText: 'Command palette' })).toBeVisible();
  const close = sheet.getByRole('button', { name: 'Close' });
  await expect(close).toBeFocused();
  // The focused control draws an outline (visible focus).
  expect(await close.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  await page.locator('body').press('g');
  await page.keyboard.press('i');
  await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
  // Typing in a field is typing, not shortcuts.
  await page.keyboard.press('/');
  await page.keyboard.type('?n');
  await expect(sheet).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
