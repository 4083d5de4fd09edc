import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { docker, removeTestContainers, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { startBerthWeb, type BerthWeb } from './support/berth-web.js';

/*
 * The log explorer (issue 18) in Chromium against the real `berth web` and engine: a history
 * spooled by the backend, every line reachable by jump and search, the spool gone when the view
 * closes and after a killed Berth starts again. 20,000 lines keep it quick; the bench proves 1M.
 */
const SCOPE = 'e2e-logs-explorer';
const LINES = 20_000;
const NAME = 'e2e-lx-numbered';

let dataHome: string;
let berth: BerthWeb | undefined;
const spoolFiles = (): string[] => {
  const root = join(dataHome, 'berth', 'log-spool');
  try {
    return readdirSync(root, { recursive: true }).map(String);
  } catch {
    return [];
  }
};

test.beforeAll(async () => {
  // Starting berth web and a 20,000-line container on a loaded machine.
  test.setTimeout(240_000);
  await removeTestContainers(SCOPE);
  dataHome = mkdtempSync(join(tmpdir(), 'berth-e2e-lx-'));
  berth = await startBerthWeb({ XDG_CONFIG_HOME: dataHome });
  const id = await runTestContainer(
    NAME,
    SCOPE,
    [],
    [
      'awk',
      `BEGIN { for (i = 1; i <= ${LINES}; i++) printf "%07d numbered line\\n", i; printf "\\033[31mRED-LINE\\033[0m\\n" }`,
    ],
  );
  await docker('wait', id);
});

test.afterAll(async () => {
  await berth?.stop();
  await removeTestContainers(SCOPE);
  rmSync(dataHome, { recursive: true, force: true });
});

const explorer = (page: Page) => ({
  history: page.getByRole('region', { name: `Log history of ${NAME}` }),
  row: (line: number) =>
    page.getByRole('region', { name: `Log history of ${NAME}` }).locator(`[data-line="${String(line)}"]`),
  button: (name: string) => page.getByRole('button', { name, exact: true }),
  field: (name: string) => page.getByLabel(name, { exact: true }),
  search: page.getByRole('searchbox', { name: 'Search the whole log' }),
});

const openExplorer = async (page: Page): Promise<ReturnType<typeof explorer>> => {
  if (!berth) throw new Error('berth web is not started');
  // Searched first: the shared engine may hold more containers than the list has on screen.
  await page.goto(berth.url);
  await page.getByRole('searchbox', { name: 'Search containers' }).fill(NAME);
  await page.getByRole('button', { name: `Open ${NAME}`, exact: true }).click();
  await page.getByRole('button', { name: 'Load full history', exact: true }).click();
  const ui = explorer(page);
  // Every line plus Berth's "container stopped" note is spooled.
  await expect(page.getByRole('status').filter({ hasText: /20,00[12] lines/ })).toBeVisible({
    timeout: 30_000,
  });
  return ui;
};

test('every line of a long history is reachable by jump and search, colours included', async ({ page }) => {
  test.setTimeout(240_000);
  const ui = await openExplorer(page);
  // It opens at the end, following.
  await expect(ui.row(LINES)).toContainText(`${String(LINES).padStart(7, '0')} numbered line`);
  const red = ui.history.getByText('RED-LINE', { exact: true });
  await expect(red).toHaveCSS('color', 'rgb(255, 123, 114)');

  await ui.button('First line').click();
  await expect(ui.row(1)).toContainText('0000001 numbered line');

  // The middle line by number, then the last one: the whole history is one jump away.
  const middle = LINES / 2;
  await ui.field('Line number').fill(String(middle));
  await ui.button('Go to line').click();
  await expect(ui.row(middle)).toContainText(`${String(middle).padStart(7, '0')} numbered line`);
  await expect(ui.row(middle)).toHaveClass(/lx-target/);

  await ui.button('Last line').click();
  await expect(ui.row(LINES)).toBeVisible();
  await expect(ui.row(LINES)).toContainText(`${String(LINES).padStart(7, '0')} numbered line`);

  // A line near the start, found by the backend's search over the whole spool.
  await ui.search.fill('0000002 numbered');
  await ui.button('Search').click();
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(
    /^1 match in 20,00\d lines$/,
    {
      timeout: 10_000,
    },
  );
  await ui.button('Next match').click();
  await expect(ui.row(2)).toHaveClass(/lx-target/);
  await expect(ui.row(2)).toContainText('0000002 numbered line');

  // Only matching lines, with a regular expression.
  await ui.field('Regular expression').check();
  await ui.search.fill('^001234[0-9] numbered');
  await ui.button('Search').click();
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^10 matches in/, {
    timeout: 10_000,
  });
  await ui.field('Only matching lines').check();
  await expect(ui.row(12340)).toBeVisible();
  await expect(ui.row(12349)).toBeVisible();
  await expect(ui.history.locator('[data-line]')).toHaveCount(10);

  // A bad regular expression is a clear message, and the view stays as it was.
  await ui.search.fill('(unclosed');
  await ui.button('Search').click();
  await expect(page.getByRole('status').filter({ hasText: /regular expression/ })).toHaveText(
    /Not a valid regular expression/,
  );
});

test('the spool is removed when the view closes, and after a killed berth web starts again', async ({
  page,
}) => {
  await openExplorer(page);
  expect(spoolFiles().some((f) => f.endsWith('.log'))).toBe(true);
  await page.getByRole('button', { name: 'Back to the recent lines', exact: true }).click();
  await expect.poll(() => spoolFiles().filter((f) => f.endsWith('.log')), { timeout: 10_000 }).toEqual([]);

  await openExplorer(page);
  expect(spoolFiles().some((f) => f.endsWith('.log'))).toBe(true);
  if (!berth) throw new Error('berth web is not started');
  process.kill(berth.pid, 'SIGKILL');
  await berth.stop();
  expect(spoolFiles().some((f) => f.endsWith('.log'))).toBe(true);
  berth = await startBerthWeb({ XDG_CONFIG_HOME: dataHome });
  expect(spoolFiles()).toEqual([]);
});
