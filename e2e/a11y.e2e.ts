import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { removeTestContainers, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { berthWithOwnConfig } from './support/own-config.js';

const berth = berthWithOwnConfig('e2e-a11y');
const SCOPE = 'e2e-a11y';
/** A running container with a health check, so every tab of its detail has something to show. */
const DETAIL = 'e2e-a11y-detail';
const DETAIL_TABS = ['Logs', 'Terminal', 'Stats', 'Inspect', 'Processes', 'Files', 'Health'] as const;

test.beforeAll(async () => {
  await runTestContainer(
    DETAIL,
    SCOPE,
    ['--health-cmd', 'true', '--health-interval', '2s'],
    ['sh', '-c', 'echo hello; sleep 3600'],
  );
});
test.afterAll(async () => {
  await removeTestContainers(SCOPE);
});

const VIEWS = [
  'containers',
  'discover',
  'images',
  'volumes',
  'networks',
  'projects',
  'swarm',
  'services',
  'system',
  'settings',
];

/** The dialogs, each opened from the containers view the way a person opens it. */
const DIALOGS: Readonly<Record<string, (page: Page) => Promise<void>>> = {
  'command palette': async (page) => {
    await page.locator('body').press('Control+K');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  },
  'cheat sheet': async (page) => {
    await page.locator('body').press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  },
  'run dialog': async (page) => {
    await page.getByRole('button', { name: 'New container', exact: true }).click();
    await expect(page.getByRole('dialog', { name: /^New container/ })).toBeVisible();
  },
  'new group dialog': async (page) => {
    await page.getByRole('button', { name: 'New group', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'New group' })).toBeVisible();
  },
  'create network dialog': async (page) => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Networks' }).click();
    await page.getByRole('button', { name: 'Create network', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  },
};

/** Serious and critical findings only, worded so a failure names the rule, the element and why. */
const scan = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact ?? ''}) at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    );
};

/** Opens a view with the theme the emulated OS preference picks (the setting starts at "system"). */
const openView = async (page: Page, scheme: 'light' | 'dark', view: string): Promise<void> => {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(berth().web.url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${view}`);
  await expect(page.locator('main h1').first()).toBeVisible();
  // Scan once the view's first answer arrived (no "Loading…" status left), as the user sees it.
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
};

for (const scheme of ['light', 'dark'] as const) {
  for (const view of VIEWS) {
    test(`axe: the ${view} view has no serious or critical violation (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await openView(page, scheme, view);
      expect(await scan(page)).toEqual([]);
    });
  }
  test(`axe: the container detail, every tab, has no serious or critical violation (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openView(page, scheme, 'containers');
    await page.getByRole('searchbox', { name: 'Search containers' }).fill(DETAIL);
    await page.getByRole('button', { name: `Open ${DETAIL}`, exact: true }).click();
    await expect(page.getByRole('heading', { name: DETAIL })).toBeVisible();
    const tablist = page.getByRole('tablist', { name: 'Container' });
    const problems: string[] = [];
    for (const name of DETAIL_TABS) {
      const tab = tablist.getByRole('tab', { name, exact: true });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0, {
        timeout: 15_000,
      });
      problems.push(...(await scan(page)).map((problem) => `${name} tab: ${problem}`));
    }
    expect(problems).toEqual([]);
  });
  for (const [name, open] of Object.entries(DIALOGS)) {
    test(`axe: the ${name} has no serious or critical violation (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await openView(page, scheme, 'containers');
      await open(page);
      expect(await scan(page)).toEqual([]);
    });
  }
}
