import { expect, test, type Page } from '@playwright/test';
import { runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthForSpec } from './support/spec-server.js';

/**
 * Chromium aborts requests in flight when a network link comes or goes, and Docker makes links
 * whenever a container starts: a lazily loaded chunk can fail on a healthy connection. Here the
 * browser itself cuts the requests off, as it does then ('internetdisconnected' is such a net error).
 */
const SCOPE = 'e2e-chunks';
const berth = berthForSpec(SCOPE);

/** Cuts off the first `times` requests for chunks whose file name starts with `chunk`; counts them. */
const cutOff = async (page: Page, chunk: string, times: number): Promise<{ count: () => number }> => {
  let seen = 0;
  await page.route(new RegExp(`/assets/${chunk}-[^/]*\\.js$`), async (route) => {
    seen++;
    if (seen <= times) await route.abort('internetdisconnected');
    else await route.continue();
  });
  return { count: () => seen };
};

/** Marks the document: a reload would lose the mark. */
const markDocument = (page: Page): Promise<void> =>
  page.evaluate(() => {
    document.documentElement.dataset['e2eSameDocument'] = 'yes';
  });
const sameDocument = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.documentElement.dataset['e2eSameDocument']);

test('a view whose chunk is cut off again and again is fetched again: it shows, and the page does not reload', async ({
  page,
}) => {
  // Four requests: a try can take two (Vite's modulepreload link, then the import itself), so
  // the preload after the first screen and a visit are both cut off without the retries.
  const requests = await cutOff(page, 'settings', 4);
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await markDocument(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Language')).toBeVisible({ timeout: 15_000 });
  expect(requests.count()).toBeGreaterThanOrEqual(5);
  expect(await sameDocument(page)).toBe('yes');
});

test('a deferred part whose chunk never arrives leaves the list working, on the same page', async ({
  page,
}) => {
  // The command palette's chunk is fetched once the first screen is in, without anyone asking.
  const requests = await cutOff(page, 'CommandPalette', Number.POSITIVE_INFINITY);
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await markDocument(page);
  // Asked again, then given up (six tries in all).
  await expect.poll(() => requests.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
  await page.waitForTimeout(500);
  await expect(page.getByRole('region', { name: 'Containers', exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search containers' })).toBeEditable();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  expect(await sameDocument(page)).toBe('yes');
});

test('a container view whose chunk does not come says so in place, and "Try again" opens it on the same page', async ({
  page,
}) => {
  const name = 'e2e-chunks-detail';
  await runTestContainer(name, SCOPE);
  let cut = true;
  let seen = 0;
  await page.route(/\/assets\/ContainerDetail-[^/]*\.js$/, async (route) => {
    seen++;
    if (cut) await route.abort('internetdisconnected');
    else await route.continue();
  });
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await markDocument(page);
  await ui
    .row(name)
    .getByRole('button', { name: `Open ${name}` })
    .click();
  // Every try spent (about 8 s of them): the panel says so, the page stays.
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load the container view' })).toBeVisible({
    timeout: 30_000,
  });
  expect(seen).toBeGreaterThanOrEqual(6);
  cut = false;
  await page.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(page.getByRole('tablist', { name: 'Container' })).toBeVisible();
  expect(await sameDocument(page)).toBe('yes');
});
