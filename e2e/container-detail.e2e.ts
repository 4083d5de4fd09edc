import { expect, test } from '@playwright/test';
import { docker, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainerDetailPage } from './pages/container-detail-page.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-detail';
const berth = berthForSpec(SCOPE);

const openDetail = (ui: ContainersPage, name: string): Promise<ContainerDetailPage> =>
  ContainerDetailPage.open(ui, berth().url, name);

test('a 200,000-line log opens on its last line at once, and the full history reaches the first', async ({
  page,
}) => {
  const id = await runTestContainer('e2e-long-log', SCOPE, [], ['seq', '-w', '1', '200000']);
  await docker('wait', id);
  const detail = await openDetail(new ContainersPage(page), 'e2e-long-log');
  const openedAt = Date.now();
  await expect(detail.logs).toContainText('200000', { timeout: 1_000 });
  expect(Date.now() - openedAt).toBeLessThan(1_000);
  // The first screen is the tail: the first line is not there yet.
  await detail.logSearch.fill('000001');
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^(No|0) match/);

  // The whole history goes to the explorer (issue 18): the backend searches all of it.
  await detail.button('Load full history').click();
  await expect(page.getByRole('status').filter({ hasText: /200,00\d lines/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('searchbox', { name: 'Search the whole log' }).fill('000001');
  await detail.button('Search').click();
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(
    /^1 match in 200,00\d lines$/,
    {
      timeout: 30_000,
    },
  );
  await detail.button('Next match').click();
  await expect(
    page.getByRole('region', { name: 'Log history of e2e-long-log' }).locator('[data-line="1"]'),
  ).toContainText('000001');
});

test('a history longer than the scrollback loads to its end with the older lines dropped and counted', async ({
  page,
}) => {
  // 300,000 lines of 80 bytes: the engine delivers them faster than xterm draws them.
  const id = await runTestContainer(
    'e2e-dropped',
    SCOPE,
    [],
    [
      'awk',
      'BEGIN { for (i = 1; i <= 300000; i++) printf "%06d the quick brown fox jumps over the lazy dog, padding to eighty\\n", i }',
    ],
  );
  await docker('wait', id);
  const detail = await openDetail(new ContainersPage(page), 'e2e-dropped');
  await expect(detail.logs).toContainText('300000 the quick');
  await detail.field('Scrollback lines').fill('1000');
  // The whole history into the console (not the explorer): an empty "Lines of history".
  await detail.field('Lines of history').fill('');
  await detail.button('Apply').click();
  await expect(page.getByRole('status').filter({ hasText: /lines dropped/ })).toHaveText(
    /[1-9][\d,]* lines dropped/,
    { timeout: 30_000 },
  );
  await expect(detail.logs).toContainText('— container stopped —', { timeout: 30_000 });
  // What the console keeps is the end of the log: the 900th line from the end is there. Not the
  // 1,000th: each "lines dropped" note takes a row of the 1,000 (two where the pane is narrow),
  // and how many notes a run gets depends on how far the browser fell behind.
  await detail.logSearch.fill('299101 the quick');
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^1 of 1 match/, {
    timeout: 10_000,
  });
});

test('log text that looks like HTML or script is shown literally and runs nothing', async ({ page }) => {
  const markup = '<b>bold</b><script>window.__pwned=1</script><img src=x onerror=window.__pwned=2>';
  await runTestContainer('e2e-html-log', SCOPE, [], ['sh', '-c', `echo '${markup}'; sleep 3600`]);
  const detail = await openDetail(new ContainersPage(page), 'e2e-html-log');
  await expect(detail.logs).toContainText(markup);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
});

test('a 24-bit ANSI colour is drawn in that colour, with no CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __cspViolations?: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await runTestContainer(
    'e2e-truecolor',
    SCOPE,
    [],
    ['sh', '-c', "printf '\\033[38;2;255;136;0mORANGE-TEXT\\033[0m plain\\n'; sleep 3600"],
  );
  const detail = await openDetail(new ContainersPage(page), 'e2e-truecolor');
  await expect(detail.logs).toContainText('ORANGE-TEXT plain');
  const coloured = detail.logs.locator('span', { hasText: /^ORANGE-TEXT$/ });
  await expect(coloured).toHaveCSS('color', 'rgb(255, 136, 0)');
  expect(await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations)).toEqual([]);
  expect(consoleErrors.filter((text) => /content security policy/i.test(text))).toEqual([]);
});

test('separates stderr from stdout in the console', async ({ page }) => {
  await runTestContainer(
    'e2e-streams',
    SCOPE,
    [],
    ['sh', '-c', 'echo to-out; sleep 0.2; echo to-err >&2; sleep 3600'],
  );
  const detail = await openDetail(new ContainersPage(page), 'e2e-streams');
  await expect(detail.logs).toContainText('to-err');
  await detail.field('Show stderr').uncheck();
  await expect(detail.logs).toContainText('to-out');
  await expect(detail.logs).not.toContainText('to-err');
});

test('an exec terminal runs commands and shows the exit code', async ({ page }) => {
  await runTestContainer('e2e-exec', SCOPE);
  const detail = await openDetail(new ContainersPage(page), 'e2e-exec');
  await detail.tab('Terminal').click();
  await detail.button('New session').click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await detail.typeInTerminal('echo $((6*7))');
  await expect(detail.terminal()).toContainText('42');
  await detail.typeInTerminal('exit 3');
  await expect(page.getByRole('status').filter({ hasText: 'Process exited with code 3' })).toBeVisible();
});

test('stats, inspect and processes show the container as the engine sees it', async ({ page }) => {
  await runTestContainer(
    'e2e-facts',
    SCOPE,
    ['-e', 'SECRET_TOKEN=hunter2', '--label', 'team=berth'],
    ['sleep', '4321'],
  );
  const detail = await openDetail(new ContainersPage(page), 'e2e-facts');

  await detail.tab('Stats').click();
  const usage = page.getByRole('definition').first();
  await expect(usage).toBeVisible();
  await expect(page.getByRole('img', { name: /^CPU over the last 5 minutes/ })).toBeVisible();

  await detail.tab('Inspect').click();
  await expect(page.getByText('berth-test/busybox:latest').first()).toBeVisible();
  await expect(page.getByText('hunter2')).toHaveCount(0);
  await detail.button('Reveal SECRET_TOKEN').click();
  await expect(page.getByText('hunter2')).toBeVisible();

  await detail.tab('Processes').click();
  await expect(page.getByRole('table')).toContainText('sleep 4321');
});
