import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { docker, removeTestContainers, TEST_IMAGE, TEST_LABEL } from '../electron/core/testing/docker-cli.js';
import { ContainersPage } from './pages/containers-page.js';
import { ProjectLogsPage } from './pages/project-logs-page.js';
import { ProjectsPage } from './pages/projects-page.js';
import { startBerthWeb, type BerthWeb } from './support/berth-web.js';

const SCOPE = 'e2e-compose';
const PROJECT = `berthe2e${randomBytes(4).toString('hex')}`;
const execAsync = promisify(execFile);

let berth: BerthWeb;
let dir: string;
let dataDir: string;
let file: string;

const byLabel = async (kind: 'ps -a' | 'network ls' | 'volume ls'): Promise<string[]> =>
  (await docker(...kind.split(' '), '-q', '--filter', `label=com.docker.compose.project=${PROJECT}`))
    .split('\n')
    .filter((line) => line !== '');

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'berth-compose-e2e-'));
  // Berth's settings folder (recent files) in a temporary place, not the machine's.
  dataDir = mkdtempSync(join(tmpdir(), 'berth-compose-e2e-config-'));
  file = join(dir, 'docker-compose.yml');
  writeFileSync(
    file,
    [
      'version: "2.4"',
      'services:',
      ...['web', 'worker'].flatMap((service) => [
        `  ${service}:`,
        `    image: ${TEST_IMAGE}`,
        `    command: ["sh", "-c", "while true; do echo hello-from-${service}; sleep 1; done"]`,
        `    labels: ["${TEST_LABEL}=${SCOPE}"]`,
        '    stop_grace_period: 1s',
        ...(service === 'web' ? ['    volumes: ["data:/data"]'] : []),
      ]),
      'volumes:',
      '  data:',
    ].join('\n'),
  );
  berth = await startBerthWeb({ XDG_CONFIG_HOME: dataDir });
});

test.afterAll(async () => {
  await berth.stop();
  await execAsync('docker-compose', ['-f', file, '-p', PROJECT, 'down', '-v', '-t', '0']).catch(
    () => undefined,
  );
  await removeTestContainers(SCOPE);
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

test('opens a two-service compose file, runs up, shows it grouped with merged logs, and down removes it', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const containers = new ContainersPage(page);
  await containers.open(berth.url);
  const projects = new ProjectsPage(page);
  await projects.open();
  await expect(page.getByRole('status').filter({ hasText: 'Runs docker-compose' })).toBeVisible({
    timeout: 20_000,
  });

  // Bad input is explained at the field and runs nothing.
  await projects.path.fill('relative/docker-compose.yml');
  await expect(page.getByText('Enter an absolute path, starting with /.')).toBeVisible();
  await expect(projects.command('Up')).toBeDisabled();
  await projects.run('Up', join(dir, 'missing.yml'), PROJECT);
  await expect(
    page.getByRole('alert').filter({ hasText: `No such file: ${join(dir, 'missing.yml')}` }),
  ).toBeVisible();

  await projects.run('Up', file, PROJECT);
  await expect(projects.lastRun.getByText(`docker-compose up -d finished for ${PROJECT}.`)).toBeVisible({
    timeout: 90_000,
  });
  await expect(projects.output).toContainText(`Creating ${PROJECT}_web_1`);

  // Both services, grouped under the project, from the live container list.
  await expect(projects.card(PROJECT)).toContainText('2/2 running', { timeout: 30_000 });
  await expect(projects.service(PROJECT, 'web')).toContainText(`${PROJECT}_web_1`);
  await expect(projects.service(PROJECT, 'worker')).toContainText(`${PROJECT}_worker_1`);
  await expect(projects.card(PROJECT)).toContainText(file);
  await expect(projects.recent.getByRole('button', { name: `Use ${file} as ${PROJECT}` })).toBeVisible();

  // …and in the containers list, under the project's header row.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Containers' }).click();
  await expect(containers.project(PROJECT)).toBeVisible();
  await expect(containers.project(PROJECT)).toContainText('2/2 running');
  await expect(containers.row(`${PROJECT}_web_1`)).toBeVisible();
  await expect(containers.row(`${PROJECT}_worker_1`)).toBeVisible();

  // Stop and start the whole project from its card; a running project asks before removal.
  await projects.open();
  await projects.action('Stop', PROJECT).click();
  await expect(projects.card(PROJECT)).toContainText('0/2 running', { timeout: 30_000 });
  await projects.action('Start', PROJECT).click();
  await expect(projects.card(PROJECT)).toContainText('2/2 running', { timeout: 30_000 });
  await projects.action('Remove', PROJECT).click();
  const dialog = page.getByRole('dialog', { name: `Remove project ${PROJECT}` });
  await expect(dialog).toContainText(`${PROJECT} is running (2 of 2)`);
  await expect(dialog.getByRole('button', { name: 'Stop and remove' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await byLabel('ps -a')).toHaveLength(2);

  // The project's Logs button opens the merged logs of both services.
  await projects.action('Logs of', PROJECT).click();
  const logs = new ProjectLogsPage(page, PROJECT);
  await expect(logs.heading).toBeVisible();
  await expect(logs.logs).toContainText(/web +\| hello-from-web/, { timeout: 30_000 });
  await expect(logs.logs).toContainText(/worker \| hello-from-worker/, { timeout: 30_000 });
  await logs.back.click();

  // Down (with volumes) removes the containers, the project's network and its volume.
  await projects.open();
  expect(await byLabel('network ls')).toHaveLength(1);
  await projects.downVolumes.check();
  await projects.run('Down', file, PROJECT);
  await expect(projects.lastRun.getByText(`docker-compose down -v finished for ${PROJECT}.`)).toBeVisible({
    timeout: 90_000,
  });
  await expect(projects.card(PROJECT)).toHaveCount(0, { timeout: 30_000 });
  expect(await byLabel('ps -a')).toEqual([]);
  expect(await byLabel('network ls')).toEqual([]);
  expect(await byLabel('volume ls')).toEqual([]);
});
