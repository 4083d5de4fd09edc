import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import {
  docker,
  removeTestContainers,
  runTestContainer,
  TEST_IMAGE,
} from '../electron/core/testing/docker-cli.js';
import {
  podmanUnavailable,
  startTestPodman,
  type TestPodman,
} from '../electron/core/testing/podman-service.js';
import { ContainersPage } from './pages/containers-page.js';
import { startBerthWeb, type BerthWeb } from './support/berth-web.js';

const exec = promisify(execFile);
const SCOPE = 'e2e-engines';
const skipReason = podmanUnavailable();
test.skip(skipReason !== undefined, skipReason ?? '');

let dir = '';
let dockerConfig = '';
let podman: TestPodman | undefined;
let berth: BerthWeb | undefined;

/**
 * The docker CLI with these variables instead of DOCKER_HOST (which would pin it to the default context): the Podman
 * service, or the spec's own CLI config, so the user's stays untouched.
 */
const dockerOn = async (env: Record<string, string>, ...args: string[]): Promise<string> => {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base['DOCKER_HOST'];
  return (await exec('docker', args, { env: { ...base, ...env } })).stdout.trim();
};

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'berth-e2e-engines-'));
  dockerConfig = join(dir, 'docker-config');
  mkdirSync(dockerConfig);
  await removeTestContainers(SCOPE);
  podman = await startTestPodman(join(dir, 'podman'));
  berth = await startBerthWeb({
    DOCKER_CONFIG: dockerConfig,
    XDG_CONFIG_HOME: join(dir, 'berth-config'),
    BERTH_PODMAN_SOCKETS: podman.socket,
  });
});

test.afterAll(async () => {
  await berth?.stop();
  await podman?.stop();
  await removeTestContainers(SCOPE);
  rmSync(dir, { recursive: true, force: true });
});

const started = (): { berth: BerthWeb; podman: TestPodman } => {
  if (!berth || !podman) throw new Error('not started');
  return { berth, podman };
};

const engines = (page: Page) => page.getByRole('list', { name: 'Engines' });

test('All engines: both engines’ rows, actions on each, one engine down leaves the other live', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { berth, podman } = started();
  const podmanHost = { DOCKER_HOST: `unix://${podman.socket}` };
  const podmanLabel = `Podman (${podman.socket})`;
  await runTestContainer('e2e-eng-docker', SCOPE);
  const onPodman = await dockerOn(
    podmanHost,
    'run',
    '-d',
    '--name',
    'e2e-eng-podman',
    TEST_IMAGE,
    'sleep',
    '600',
  );

  const ui = new ContainersPage(page);
  await ui.open(berth.url);
  // Each engine in the sidebar, with its live status and kind.
  // A loaded machine can keep Podman's first answers past the backend's ping deadline: it retries by itself.
  await expect(engines(page).getByRole('listitem', { name: podmanLabel })).toContainText('Connected', {
    timeout: 60_000,
  });
  await expect(engines(page).getByRole('listitem', { name: podmanLabel })).toContainText('Podman');
  await expect(engines(page).getByRole('listitem', { name: 'default' })).toContainText('Connected');

  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'All engines' });
  await expect(ui.grid.getByRole('columnheader', { name: 'Engine' })).toBeVisible();
  // The shared engine holds other specs' containers too: only this spec's rows in view.
  await ui.search.fill('e2e-eng-');
  await expect(ui.row('e2e-eng-docker').getByRole('gridcell').last()).toHaveText('default');
  await expect(ui.row('e2e-eng-podman').getByRole('gridcell').last()).toHaveText(podmanLabel);

  // The Engine filter narrows the list to one engine.
  await page.getByRole('combobox', { name: 'Engine' }).selectOption({ label: podmanLabel });
  await expect(ui.row('e2e-eng-docker')).toHaveCount(0);
  await expect(ui.row('e2e-eng-podman')).toBeVisible();
  await page.getByRole('combobox', { name: 'Engine' }).selectOption({ label: 'All engines' });

  // A stop on each engine goes to that engine.
  await ui.rowButton('Stop', 'e2e-eng-podman').click();
  await ui.rowButton('Stop', 'e2e-eng-docker').click();
  await expect(ui.state('e2e-eng-podman')).toHaveText('exited', { timeout: 20_000 });
  await expect(ui.state('e2e-eng-docker')).toHaveText('exited', { timeout: 20_000 });
  expect(await dockerOn(podmanHost, 'inspect', '-f', '{{.State.Status}}', onPodman)).toBe('exited');
  expect(await docker('inspect', '-f', '{{.State.Status}}', 'e2e-eng-docker')).toBe('exited');

  // Podman dies: its own banner names it, its rows stay as last known, Docker's stay live and actionable.
  await podman.kill();
  const banner = page.getByRole('region', { name: `Engine ${podmanLabel}` });
  await expect(banner.getByRole('alert')).toContainText(`${podmanLabel} is unreachable`, { timeout: 15_000 });
  await expect(ui.row('e2e-eng-podman').getByRole('gridcell').last()).toContainText('last known');
  await expect(ui.rowButton('Start', 'e2e-eng-podman')).toHaveAttribute('aria-disabled', 'true');
  await ui.rowButton('Start', 'e2e-eng-docker').click();
  await expect(ui.state('e2e-eng-docker')).toHaveText('running', { timeout: 20_000 });
  expect(await docker('inspect', '-f', '{{.State.Status}}', 'e2e-eng-docker')).toBe('running');

  // It comes back by itself: the banner goes, its rows are live again and act on Podman.
  await podman.start();
  await expect(banner).toHaveCount(0, { timeout: 30_000 });
  await expect(ui.row('e2e-eng-podman').getByRole('gridcell').last()).toHaveText(podmanLabel);
  await ui.rowButton('Start', 'e2e-eng-podman').click();
  await expect(ui.state('e2e-eng-podman')).toHaveText('running', { timeout: 20_000 });
  expect(await dockerOn(podmanHost, 'inspect', '-f', '{{.State.Status}}', onPodman)).toBe('running');
});

test('contexts made in the dialog are the CLI’s, and docker context use shows in the sidebar', async ({
  page,
}) => {
  const { berth } = started();
  const cli = { DOCKER_CONFIG: dockerConfig };
  const endpoint = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
  await page.goto(berth.url);
  await page.getByRole('button', { name: 'Contexts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Docker contexts' });
  await dialog.getByRole('button', { name: 'Create context' }).click();
  const form = page.getByRole('dialog', { name: 'Create context' });

  // The contract's rules, on their fields, before anything is written.
  await form.getByRole('textbox', { name: 'Name' }).fill('default');
  await form.getByRole('textbox', { name: 'Docker endpoint' }).fill('http://nowhere');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(form.getByRole('alert')).toContainText('Nothing was saved');
  await expect(form.getByText('"default" is the built-in context')).toBeVisible();
  await expect(form.getByText('Start with unix://, tcp://, ssh:// or npipe://')).toBeVisible();
  expect(await dockerOn(cli, 'context', 'ls', '--format', '{{.Name}}')).not.toContain('e2e-ctx');

  await form.getByRole('textbox', { name: 'Name' }).fill('e2e-ctx');
  await form.getByRole('textbox', { name: 'Description' }).fill('made by Berth');
  await form.getByRole('textbox', { name: 'Docker endpoint' }).fill(endpoint);
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByRole('row', { name: 'e2e-ctx' })).toContainText(endpoint);
  expect(await dockerOn(cli, 'context', 'ls', '--format', '{{.Name}} {{.DockerEndpoint}}')).toContain(
    `e2e-ctx ${endpoint}`,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(engines(page).getByRole('listitem', { name: 'e2e-ctx' })).toContainText('Connected', {
    timeout: 15_000,
  });

  // The CLI switches context while Berth runs: the sidebar follows (the config file is watched).
  await dockerOn(cli, 'context', 'use', 'e2e-ctx');
  await expect(page.getByText('docker CLI context: e2e-ctx')).toBeVisible({ timeout: 5_000 });
  await dockerOn(cli, 'context', 'use', 'default');
  await expect(page.getByText('docker CLI context: default')).toBeVisible({ timeout: 5_000 });

  // "Use" in the dialog is docker context use; a removed context leaves the CLI's list too.
  await page.getByRole('button', { name: 'Contexts…' }).click();
  await dialog.getByRole('button', { name: 'Use e2e-ctx' }).click();
  await expect.poll(() => dockerOn(cli, 'context', 'show')).toBe('e2e-ctx');
  await dialog.getByRole('button', { name: 'Remove e2e-ctx' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove context e2e-ctx?' });
  await confirm.getByRole('checkbox', { name: /remove it anyway/ }).check();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog.getByRole('row', { name: 'e2e-ctx' })).toHaveCount(0);
  expect(await dockerOn(cli, 'context', 'ls', '--format', '{{.Name}}')).not.toContain('e2e-ctx');
  expect(await dockerOn(cli, 'context', 'show')).toBe('default');
});
