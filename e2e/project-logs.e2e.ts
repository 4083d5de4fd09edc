import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docker, TEST_IMAGE } from '../electron/core/testing/docker-cli.js';
import { ContainersPage } from './pages/containers-page.js';
import { ProjectLogsPage } from './pages/project-logs-page.js';
import { runCompose } from './support/compose.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-project-logs';
const PROJECT = 'berthe2elogs';
const berth = berthForSpec(SCOPE);

const workerIds = async (): Promise<string[]> =>
  (
    await docker(
      'ps',
      '-q',
      '--no-trunc',
      '--filter',
      `label=com.docker.compose.project=${PROJECT}`,
      '--filter',
      'label=com.docker.compose.service=worker',
    )
  )
    .split('\n')
    .filter((id) => id !== '');

test('shows the logs of all containers of a compose project in one console, by service', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-compose-'));
  writeFileSync(
    join(dir, 'docker-compose.yml'),
    [
      'version: "3"',
      'services:',
      ...['web', 'worker'].flatMap((service) => [
        `  ${service}:`,
        `    image: ${TEST_IMAGE}`,
        // `$$` is compose's escape for a literal `$`: the shell expands $(hostname).
        `    command: ["sh", "-c", "while :; do echo tick-$$(hostname); sleep 0.5; done"]`,
        '    network_mode: none',
        `    labels: ["berth.test=${SCOPE}"]`,
      ]),
    ].join('\n'),
  );
  try {
    await runCompose(dir, ['-p', PROJECT, 'up', '-d']);
    const ui = new ContainersPage(page);
    await ui.open(berth().url);
    const logs = new ProjectLogsPage(page, PROJECT);
    await logs.openButton.click();
    await expect(logs.heading).toBeVisible();
    await expect(logs.logs).toContainText(/web +\| tick-/);
    await expect(logs.logs).toContainText(/worker \| tick-/);

    await expect(logs.status).toHaveText('Following 2 containers');

    // Scaling up joins the new container's log; scaling down lets it go.
    await runCompose(dir, ['-p', PROJECT, 'up', '-d', '--scale', 'worker=2']);
    await expect(logs.status).toHaveText('Following 3 containers');
    const workers = (await workerIds()).map((id) => id.slice(0, 12));
    expect(workers).toHaveLength(2);
    for (const host of workers) await expect(logs.logs).toContainText(`worker | tick-${host}`);
    await runCompose(dir, ['-p', PROJECT, 'up', '-d', '--scale', 'worker=1']);
    await expect(logs.status).toHaveText('Following 2 containers');

    await logs.back.click();
    await expect(ui.project(PROJECT)).toBeVisible();
  } finally {
    await runCompose(dir, ['-p', PROJECT, 'down', '-t', '0']);
    rmSync(dir, { recursive: true, force: true });
  }
});
