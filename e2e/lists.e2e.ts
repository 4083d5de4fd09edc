import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docker, runTestContainer, TEST_IMAGE, TEST_LABEL } from '../electron/core/testing/docker-cli.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthWithOwnConfig } from './support/own-config.js';

const SCOPE = 'e2e-lists';
const PREFIX = `e2e-lists-${process.pid}-`;
const NAMES = ['alpha', 'bravo', 'charlie'].map((n) => PREFIX + n);
const [ALPHA = '', BRAVO = '', CHARLIE = ''] = NAMES;
const berth = berthWithOwnConfig(SCOPE);
/** Outside PREFIX, so the name-sort tests' search does not see them. */
const MEM_PREFIX = `e2e-listsmem-${process.pid}-`;
/**
 * Each holds a deliberate amount of memory: a file of that many MiB on a tmpfs counts towards the
 * container's memory cgroup (and is not reclaimable cache), so the engine's figure is about that.
 * Names in another order than their memory, and one stopped, which has no live figure.
 */
const HEAVY = { x: 40, y: 8, z: 24 } as const;
const mem = (n: string): string => MEM_PREFIX + n;

/** The container rows' names in the order shown (the virtualiser keeps DOM order = list order). */
const shownNames = (ui: ContainersPage): Promise<(string | null)[]> =>
  ui.grid
    .getByRole('rowgroup')
    .nth(1)
    .getByRole('row')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));

/** Opens the list and narrows it to this spec's containers: the shared engine holds many. */
const openSearched = async (page: Page): Promise<ContainersPage> => {
  const ui = new ContainersPage(page);
  await ui.open(berth().web.url);
  await ui.search.fill(PREFIX);
  await expect(ui.row(ALPHA)).toBeVisible();
  return ui;
};

/** The lists section of this spec's settings file, as saved. */
const savedLists = async (): Promise<{ readonly groups?: unknown; readonly favourites?: unknown }> => {
  const file = JSON.parse(await readFile(join(berth().configDir, 'berth', 'settings.json'), 'utf8')) as {
    lists?: { groups?: unknown; favourites?: unknown };
  };
  return file.lists ?? {};
};

const nameHeader = (ui: ContainersPage) => ui.grid.getByRole('columnheader', { name: 'Sort by Name' });

test.beforeAll(async () => {
  // Created out of order, so a list that merely kept creation order would not pass.
  for (const name of [BRAVO, CHARLIE, ALPHA]) await runTestContainer(name, SCOPE);
  await docker('stop', '-t', '0', BRAVO);
  for (const [name, mib] of Object.entries(HEAVY)) {
    await runTestContainer(
      mem(name),
      SCOPE,
      ['--tmpfs', '/hold:size=64m'],
      ['sh', '-c', `dd if=/dev/zero of=/hold/f bs=1M count=${mib} 2>/dev/null; exec sleep 3600`],
    );
  }
  await runTestContainer(mem('w'), SCOPE);
  await docker('stop', '-t', '0', mem('w'));
});

test('sorting by name descending and the filter survive a reload', async ({ page }) => {
  const ui = await openSearched(page);
  await expect(shownNames(ui)).resolves.toEqual([ALPHA, BRAVO, CHARLIE]);
  await expect(nameHeader(ui)).toHaveAttribute('aria-sort', 'ascending');

  // By keyboard: the header's sort control is a button in the tab order.
  const sortByName = ui.grid.getByRole('button', { name: 'Sort by Name' });
  await sortByName.focus();
  await page.keyboard.press('Enter');
  await expect(nameHeader(ui)).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => shownNames(ui)).toEqual([CHARLIE, BRAVO, ALPHA]);
  await ui.filter('Running').check();
  await expect.poll(() => shownNames(ui)).toEqual([CHARLIE, ALPHA]);

  await page.reload();
  await ui.search.fill(PREFIX);
  await expect(nameHeader(ui)).toHaveAttribute('aria-sort', 'descending');
  await expect(ui.filter('Running')).toBeChecked();
  await expect.poll(() => shownNames(ui)).toEqual([CHARLIE, ALPHA]);
  await ui.filter('All').check();
  await expect.poll(() => shownNames(ui)).toEqual([CHARLIE, BRAVO, ALPHA]);

  // Another column starts ascending, and says so.
  await ui.grid.getByRole('button', { name: 'Sort by Created' }).click();
  await expect(ui.grid.getByRole('columnheader', { name: 'Sort by Created' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(nameHeader(ui)).toHaveAttribute('aria-sort', 'none');
  await ui.grid.getByRole('button', { name: 'Sort by Name' }).click();
});

test('a favourite stays on top across reloads, and is kept in the settings file', async ({ page }) => {
  const ui = await openSearched(page);
  const star = ui.row(CHARLIE).getByRole('button', { name: `Favourite ${CHARLIE}`, exact: true });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  const before = await shownNames(ui);
  expect(before[0]).not.toBe(CHARLIE);

  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await shownNames(ui))[0]).toBe(CHARLIE);

  await page.reload();
  await ui.search.fill(PREFIX);
  await expect.poll(() => shownNames(ui)).toEqual([CHARLIE, ...before.filter((n) => n !== CHARLIE)]);
  await expect(ui.row(CHARLIE).getByRole('button', { name: `Favourite ${CHARLIE}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const file = JSON.parse(await readFile(join(berth().configDir, 'berth', 'settings.json'), 'utf8')) as {
    lists?: { favourites?: string[] };
  };
  expect(file.lists?.favourites).toEqual([CHARLIE]);

  // Taking the star away puts it back in its place.
  await ui
    .row(CHARLIE)
    .getByRole('button', { name: `Favourite ${CHARLIE}` })
    .click();
  await expect.poll(() => shownNames(ui)).toEqual(before);
});

test('sorting by memory orders running containers by their live figure, stopped ones after', async ({
  page,
}) => {
  const ui = new ContainersPage(page);
  await ui.open(berth().web.url);
  await ui.search.fill(MEM_PREFIX);
  await expect(ui.row(mem('w'))).toBeVisible();

  await ui.sortButton('Memory').click();
  // A usage column starts with the heaviest.
  await expect(ui.sortHeader('Memory')).toHaveAttribute('aria-sort', 'descending');
  await expect(ui.sortHeader('Name')).toHaveAttribute('aria-sort', 'none');
  // The figures arrive with the first stats samples: a generous deadline, no fixed wait.
  await expect
    .poll(() => shownNames(ui), { timeout: 30_000 })
    .toEqual([mem('x'), mem('z'), mem('y'), mem('w')]);
  // What the rows show agrees with the order (about 40, 24 and 8 MiB).
  await expect(ui.row(mem('x')).getByRole('gridcell').nth(6)).toHaveText(/^4\d(\.\d+)? MiB$/);

  await ui.sortButton('Memory').click();
  await expect(ui.sortHeader('Memory')).toHaveAttribute('aria-sort', 'ascending');
  await expect
    .poll(() => shownNames(ui), { timeout: 30_000 })
    .toEqual([mem('y'), mem('z'), mem('x'), mem('w')]);

  // Remembered like the other columns.
  await page.reload();
  await ui.search.fill(MEM_PREFIX);
  await expect(ui.sortHeader('Memory')).toHaveAttribute('aria-sort', 'ascending');
  await expect
    .poll(() => shownNames(ui), { timeout: 30_000 })
    .toEqual([mem('y'), mem('z'), mem('x'), mem('w')]);
  await ui.sortButton('Name').click();
  await expect(ui.sortHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
});

test('a user group keeps its members and its fold across a restart of berth web', async ({ page }) => {
  let ui = await openSearched(page);
  await ui.select(ALPHA).check();
  await ui.select(CHARLIE).check();
  await ui.newGroupButton.click();
  await ui.newGroupDialog.getByRole('textbox', { name: 'Group name' }).fill('  mine ');
  await ui.newGroupDialog.getByRole('button', { name: 'Create' }).click();
  await expect(ui.newGroupDialog).toBeHidden();
  await expect.poll(() => shownNames(ui)).toEqual(['group mine', ALPHA, CHARLIE, BRAVO]);

  // Folding, by keyboard.
  await ui.userGroupToggle('mine').focus();
  await page.keyboard.press('Enter');
  await expect(ui.userGroupToggle('mine')).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => shownNames(ui)).toEqual(['group mine', BRAVO]);

  // The screen changes at once and the save follows: restart only once the file holds the fold.
  await expect
    .poll(async () => (await savedLists()).groups)
    .toEqual([{ name: 'mine', members: [ALPHA, CHARLIE], collapsed: true }]);

  const web = await berth().restart();
  ui = new ContainersPage(page);
  await ui.open(web.url);
  await ui.search.fill(PREFIX);
  await expect(ui.userGroupToggle('mine')).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => shownNames(ui)).toEqual(['group mine', BRAVO]);
  await ui.userGroupToggle('mine').click();
  await expect.poll(() => shownNames(ui)).toEqual(['group mine', ALPHA, CHARLIE, BRAVO]);

  // A row's group menu moves it in; kept by name in the settings file.
  await ui.groupOf(BRAVO).selectOption('mine');
  await expect.poll(() => shownNames(ui)).toEqual(['group mine', ALPHA, BRAVO, CHARLIE]);
  await expect
    .poll(async () => (await savedLists()).groups)
    .toEqual([{ name: 'mine', members: [ALPHA, CHARLIE, BRAVO], collapsed: false }]);

  await ui.groupOf(CHARLIE).selectOption('No group');
  await expect.poll(() => shownNames(ui)).toEqual(['group mine', ALPHA, BRAVO, CHARLIE]);
  await expect(ui.groupOf(CHARLIE)).toHaveValue('');

  // Deleting the group puts its members back in their places.
  await ui.userGroup('mine').getByRole('button', { name: 'Delete group mine' }).click();
  await expect.poll(() => shownNames(ui)).toEqual([ALPHA, BRAVO, CHARLIE]);
  await expect(ui.groupOf(ALPHA)).toHaveCount(0);
});

test('the column chooser hides a column, and the choice survives a reload', async ({ page }) => {
  const ui = await openSearched(page);
  const chooser = page.getByRole('group', { name: 'Columns shown' });
  await page.getByText('Columns', { exact: true }).click();
  await chooser.getByRole('checkbox', { name: 'Memory' }).uncheck();
  await expect(ui.sortHeader('Memory')).toHaveCount(0);
  await expect(ui.row(ALPHA).getByRole('gridcell')).toHaveCount(9);

  await page.reload();
  await ui.search.fill(PREFIX);
  await expect(ui.row(ALPHA)).toBeVisible();
  await expect(ui.sortHeader('Memory')).toHaveCount(0);
  await page.getByText('Columns', { exact: true }).click();
  await chooser.getByRole('checkbox', { name: 'Memory' }).check();
  await expect(ui.sortHeader('Memory')).toBeVisible();
  await expect(ui.row(ALPHA).getByRole('gridcell')).toHaveCount(10);
});

/** Rows drawn wholly below the grid's visible box (the virtualiser's margin), or null before any row. */
const rowsBelowView = (): number | null => {
  const grid = document.querySelector('[role=grid][aria-label=Containers]');
  const rows = grid?.querySelectorAll('[role=row][data-index]') ?? [];
  if (!grid || rows.length === 0) return null;
  const bottom = grid.getBoundingClientRect().bottom;
  return [...rows].filter((row) => row.getBoundingClientRect().top >= bottom).length;
};

test('the first screen draws the rows in view and two more, then keeps eight ready below', async ({
  browser,
}) => {
  // Enough rows to fill the view and both margins, whatever else the shared engine holds.
  const names = Array.from({ length: 40 }, (_, i) => `e2e-listsrows-${String(process.pid)}-${String(i)}`);
  for (let i = 0; i < names.length; i += 8) {
    await Promise.all(
      names
        .slice(i, i + 8)
        .map((name) => docker('create', '--name', name, '--label', `${TEST_LABEL}=${SCOPE}`, TEST_IMAGE)),
    );
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  // Counted in the page when the first rows land in the DOM: that pass is over by then.
  await context.addInitScript(`(() => {
    const below = ${rowsBelowView.toString()};
    new MutationObserver((_, observer) => {
      const first = below();
      if (first === null) return;
      observer.disconnect();
      window.berthFirstBelow = first;
    }).observe(document, { subtree: true, childList: true });
  })();`);
  const page = await context.newPage();
  const ui = new ContainersPage(page);
  await ui.open(berth().web.url);
  await expect.poll(() => page.evaluate(rowsBelowView)).toBe(8);
  expect(await page.evaluate(() => (window as { berthFirstBelow?: number }).berthFirstBelow)).toBe(2);
  await context.close();
});
