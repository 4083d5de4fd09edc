import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { docker, runTestContainer, TEST_IMAGE } from '../electron/core/testing/docker-cli.js';
import { ContainersPage } from './pages/containers-page.js';
import { runCompose } from './support/compose.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-live';
const berth = berthForSpec(SCOPE);

test('shows containers started, stopped, renamed and removed with the CLI within a second', async ({
  page,
}) => {
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  const id = await runTestContainer('e2e-cli', SCOPE, ['-p', '127.0.0.1::80'], ['httpd', '-f', '-p', '80']);
  await expect(ui.state('e2e-cli')).toHaveText('running', { timeout: 1_000 });
  await expect(
    ui.row('e2e-cli').getByRole('button', { name: /^Open http:\/\/127\.0\.0\.1:\d+$/ }),
  ).toBeVisible();

  await docker('stop', '-t', '0', id);
  await expect(ui.state('e2e-cli')).toHaveText('exited', { timeout: 1_000 });
  await docker('rename', 'e2e-cli', 'e2e-cli-renamed');
  await expect(ui.row('e2e-cli-renamed')).toBeVisible({ timeout: 1_000 });
  await expect(ui.row('e2e-cli')).toHaveCount(0);
  await docker('rm', id);
  await expect(ui.row('e2e-cli-renamed')).toHaveCount(0, { timeout: 1_000 });
});

test('starts and stops a container from the UI', async ({ page }) => {
  const ui = new ContainersPage(page);
  const id = await runTestContainer('e2e-ui', SCOPE);
  await docker('stop', '-t', '0', id);
  await ui.open(berth().url);
  await expect(ui.state('e2e-ui')).toHaveText('exited');

  await ui.rowButton('Start', 'e2e-ui').click();
  await expect(ui.state('e2e-ui')).toHaveText('running');
  expect(await docker('inspect', '-f', '{{.State.Status}}', id)).toBe('running');

  await ui.rowButton('Stop', 'e2e-ui').click();
  await expect(ui.state('e2e-ui')).toHaveText('exited', { timeout: 15_000 });
  expect(await docker('inspect', '-f', '{{.State.Status}}', id)).toBe('exited');
});

test('asks before removing, and removes only after confirmation', async ({ page }) => {
  const ui = new ContainersPage(page);
  const keep = await runTestContainer('e2e-rm-a', SCOPE);
  const gone = await runTestContainer('e2e-rm-b', SCOPE);
  await docker('kill', keep, gone);
  await ui.open(berth().url);

  await ui.rowButton('Remove', 'e2e-rm-b').click();
  await expect(ui.removeDialog).toBeVisible();
  await expect(ui.removeDialog).toContainText('e2e-rm-b');
  await ui.removeDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(ui.removeDialog).toBeHidden();
  expect(await docker('ps', '-aq', '--no-trunc', '--filter', `id=${gone}`)).toBe(gone);

  await ui.rowButton('Remove', 'e2e-rm-b').click();
  await ui.removeDialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(ui.row('e2e-rm-b')).toHaveCount(0);
  expect(await docker('ps', '-aq', '--filter', `id=${gone}`)).toBe('');
  await expect(ui.row('e2e-rm-a')).toBeVisible();
});

test('acts on a multi-selection, and filters and searches the list', async ({ page }) => {
  const ui = new ContainersPage(page);
  const ids = await Promise.all(
    ['e2e-multi-1', 'e2e-multi-2', 'e2e-multi-3'].map((n) => runTestContainer(n, SCOPE)),
  );
  await ui.open(berth().url);
  await ui.search.fill('e2e-multi');
  await expect(ui.grid.getByRole('row', { name: /^e2e-multi-/ })).toHaveCount(3);

  await ui.select('e2e-multi-1').check();
  await ui.select('e2e-multi-2').check();
  await ui.bulk('Pause').click();
  await expect(ui.state('e2e-multi-1')).toHaveText('paused');
  await expect(ui.state('e2e-multi-2')).toHaveText('paused');
  await expect(ui.state('e2e-multi-3')).toHaveText('running');
  expect(await docker('inspect', '-f', '{{.State.Status}}', ...ids)).toBe('paused\npaused\nrunning');

  // Buttons stay soft-disabled until the previous action has answered.
  await expect(ui.bulk('Kill')).toBeEnabled();
  await ui.bulk('Kill').click();
  await expect(ui.state('e2e-multi-1')).toHaveText('exited');
  await ui.filter('Running').check();
  await expect(ui.row('e2e-multi-3')).toBeVisible();
  await expect(ui.row('e2e-multi-1')).toHaveCount(0);
  await ui.filter('Stopped').check();
  await expect(ui.row('e2e-multi-1')).toBeVisible();
  await expect(ui.row('e2e-multi-3')).toHaveCount(0);
});

test('groups a real compose project under a collapsible header', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-compose-'));
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    [
      'version: "3"',
      'services:',
      ...['web', 'worker'].flatMap((service) => [
        `  ${service}:`,
        `    image: ${TEST_IMAGE}`,
        '    command: ["sleep", "3600"]',
        '    network_mode: none',
        `    labels: ["berth.test=${SCOPE}"]`,
      ]),
    ].join('\n'),
  );
  const compose = (...args: string[]) => runCompose(dir, args);
  try {
    await compose('-p', 'berthe2e', 'up', '-d');
    const ui = new ContainersPage(page);
    await ui.open(berth().url);
    const header = ui.project('berthe2e');
    await expect(header).toBeVisible();
    await expect(ui.row('berthe2e_web_1')).toBeVisible();
    await expect(ui.row('berthe2e_worker_1')).toBeVisible();
    const toggle = header.getByRole('button', { name: 'project berthe2e', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(ui.row('berthe2e_web_1')).toHaveCount(0);
  } finally {
    await runCompose(dir, ['-p', 'berthe2e', 'down', '-t', '0']);
    rmSync(dir, { recursive: true, force: true });
  }
});
