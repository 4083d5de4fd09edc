import { expect, test } from '@playwright/test';
import { docker, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainerDetailPage } from './pages/container-detail-page.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-alerts';
const berth = berthForSpec(SCOPE);

test('a crash raises an alert whose click opens that container’s logs around that time', async ({ page }) => {
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  const name = 'e2e-alert-crash';
  const id = await runTestContainer(name, SCOPE, [], ['sh', '-c', 'echo before-the-crash; sleep 1; exit 3']);
  const alerts = page.getByRole('region', { name: 'Alerts' });
  const open = alerts.getByRole('button', { name: `Open logs of ${name}` });
  await expect(open).toBeVisible({ timeout: 15_000 });
  await expect(open).toHaveText(`${name} exited with code 3`);
  // The list says it too: exit code badge on the row.
  await expect(ui.row(name).getByLabel('Exited with code 3')).toBeVisible();

  await open.click();
  const detail = new ContainerDetailPage(page, name);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(detail.tab('Logs')).toHaveAttribute('aria-selected', 'true');
  // The log view starts a minute before the crash, not at its last lines.
  const since = await detail.field('Since').inputValue();
  const crashedAt = Date.parse(await docker('inspect', '-f', '{{.State.FinishedAt}}', id));
  expect(Math.abs(new Date(since).getTime() - (crashedAt - 60_000))).toBeLessThan(5_000);
  await expect(detail.logs).toContainText('before-the-crash', { timeout: 10_000 });
  await expect(alerts.getByRole('button', { name: `Open logs of ${name}` })).toHaveCount(0);
});

test('a `docker stop` raises no alert, and the history lists what happened', async ({ page }) => {
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  const id = await runTestContainer('e2e-alert-stopped', SCOPE);
  await docker('stop', '-t', '1', id);
  await expect(ui.state('e2e-alert-stopped')).toHaveText('exited', { timeout: 15_000 });
  await page.getByRole('button', { name: /^Alert history/ }).click();
  const history = page.getByRole('region', { name: 'Alert history' });
  await expect(history.getByRole('button', { name: 'Open logs of e2e-alert-crash' })).toBeVisible();
  await expect(history.getByRole('button', { name: 'Open logs of e2e-alert-stopped' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Alerts' }).getByRole('article')).toHaveCount(0);
});

test('health turns starting → healthy → unhealthy in the list, Problems finds it, and the Health tab shows its probes', async ({
  page,
}) => {
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  const name = 'e2e-alert-health';
  const well = await runTestContainer('e2e-alert-well', SCOPE);
  // The test moves the check on by itself (docker exec), so no state depends on how fast this machine is:
  // failing probes in the long start period keep it starting; /ready makes it pass; /bad makes it fail.
  const probe = 'if [ -f /bad ]; then echo probe-failed; exit 1; fi; [ -f /ready ] && echo probe-ok';
  const id = await runTestContainer(name, SCOPE, [
    ...['--health-cmd', probe, '--health-interval', '1s', '--health-retries', '1'],
    ...['--health-timeout', '2s', '--health-start-period', '300s'],
  ]);
  const health = (state: string) => ui.row(name).getByLabel(`Health: ${state}`);
  await expect(health('starting')).toBeVisible({ timeout: 15_000 });
  await docker('exec', id, 'touch', '/ready');
  await expect(health('healthy')).toBeVisible({ timeout: 15_000 });
  await docker('exec', id, 'touch', '/bad');
  await expect(health('unhealthy')).toBeVisible({ timeout: 15_000 });

  const alerts = page.getByRole('region', { name: 'Alerts' });
  await expect(alerts.getByRole('button', { name: `Open logs of ${name}` })).toHaveText(
    `${name} turned unhealthy`,
  );

  const problems = page.getByRole('button', { name: /^Problems/ });
  await problems.click();
  await expect(problems).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.row(name)).toBeVisible();
  await expect(ui.row('e2e-alert-well')).toHaveCount(0);
  await problems.click();
  await expect(ui.row('e2e-alert-well')).toBeVisible();
  await docker('rm', '-f', well);

  await ui
    .row(name)
    .getByRole('button', { name: `Open ${name}` })
    .click();
  const detail = new ContainerDetailPage(page, name);
  await detail.tab('Health').click();
  const probes = page.getByRole('table', { name: 'Last probes' });
  await expect(probes).toContainText('probe-failed');
  await expect(probes).toContainText('probe-ok');
  await expect(page.getByRole('tabpanel', { name: 'Health' })).toContainText('unhealthy');
});
