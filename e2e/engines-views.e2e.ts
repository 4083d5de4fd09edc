import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { docker, TEST_IMAGE, TEST_LABEL } from '../electron/core/testing/docker-cli.js';
import { startBerthWeb, type BerthWeb } from './support/berth-web.js';

/**
 * "All engines" beyond containers: images, volumes and networks of two real engines (the shared
 * Docker engine and a second dockerd of the spec's own, reached through a CLI context) in one list
 * each, with the Engine column, and removals that reach the engine holding the object, checked
 * with the docker CLI on each socket. A second dockerd rather than Podman: Podman 4.3 computes
 * `/version` from a full `info`, which on a loaded machine outlasts the backend's 3 s ping.
 */
const exec = promisify(execFile);
const SCOPE = 'e2e-engines-views';
// The same names on both engines: only the routing tells the two apart.
const VOLUME = 'e2e-ev-data';
const NETWORK = 'e2e-ev-net';
const DOCKER_TAG = 'e2e-ev/only:docker';
const SECOND_TAG = 'e2e-ev/only:second';
const CONTEXT = 'e2e-ev-second';
/** A container the run dialog makes from the second engine's own image. */
const RUN_NAME = 'e2e-ev-run';
/** A compose project of the same name on both engines: two projects, each with its own logs. */
const PROJECT = 'e2eevproj';
/** Its own bridge: two engines cannot share docker0, and `--bridge=none` would delete it for everyone. */
const BRIDGE = 'br-e2e-ev';
const BRIDGE_ADDRESS = '10.231.77.1/24';
const canRunDockerd = process.getuid?.() === 0;
test.skip(!canRunDockerd, 'a second dockerd needs root');

let dir = '';
let second: ChildProcess | undefined;
let socket = '';
let berth: BerthWeb | undefined;

/** The docker CLI against the second engine (DOCKER_HOST replaced, so the shared engine is not touched). */
const onSecond = async (...args: string[]): Promise<string> => {
  const env = { ...process.env, DOCKER_HOST: `unix://${socket}` };
  return (await exec('docker', args, { env, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();
};

const pings = async (): Promise<boolean> =>
  onSecond('version', '--format', '{{.Server.Version}}').then(
    () => true,
    () => false,
  );

/** A dockerd on the spec's own roots, socket and bridge, without iptables rules; the test image copied in. */
const startSecondEngine = async (): Promise<void> => {
  await exec('ip', ['link', 'add', BRIDGE, 'type', 'bridge']);
  await exec('ip', ['addr', 'add', BRIDGE_ADDRESS, 'dev', BRIDGE]);
  await exec('ip', ['link', 'set', BRIDGE, 'up']);
  socket = join(dir, 'second.sock');
  second = spawn(
    'dockerd',
    [
      ...['--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec')],
      ...['--pidfile', join(dir, 'dockerd.pid'), '-H', `unix://${socket}`],
      ...[`--bridge=${BRIDGE}`, '--iptables=false', '--ip-masq=false', '--storage-driver=vfs'],
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 60_000;
  while (!(await pings())) {
    if (second.exitCode !== null) throw new Error(`the second dockerd exited (${second.exitCode})`);
    if (Date.now() > deadline) throw new Error('the second dockerd did not answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const tar = join(dir, 'image.tar');
  await docker('save', '-o', tar, TEST_IMAGE);
  await onSecond('load', '-i', tar);
};

const stopSecondEngine = async (): Promise<void> => {
  const running = second;
  if (running && running.exitCode === null && running.signalCode === null) {
    const exited = new Promise((resolve) => running.once('exit', resolve));
    // TERM, not KILL: dockerd then stops the containerd it started, which KILL would leave behind.
    running.kill('SIGTERM');
    await exited;
  }
  await exec('umount', ['-R', join(dir, 'exec')]).catch(() => undefined);
  await exec('ip', ['link', 'del', BRIDGE]).catch(() => undefined);
};

const onBoth = async (...args: string[]): Promise<void> => {
  await docker(...args);
  await onSecond(...args);
};

const cleanDocker = async (): Promise<void> => {
  await docker('rm', '-f', `${PROJECT}-web`, RUN_NAME).catch(() => undefined);
  await docker('volume', 'rm', VOLUME).catch(() => undefined);
  await docker('network', 'rm', NETWORK).catch(() => undefined);
  await docker('rmi', DOCKER_TAG).catch(() => undefined);
};

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'berth-e2e-engines-views-'));
  const dockerConfig = join(dir, 'docker-config');
  mkdirSync(dockerConfig);
  await cleanDocker();
  await startSecondEngine();
  const label = ['--label', `${TEST_LABEL}=${SCOPE}`];
  await onBoth('volume', 'create', ...label, VOLUME);
  await onBoth('network', 'create', ...label, NETWORK);
  await docker('tag', TEST_IMAGE, DOCKER_TAG);
  await onSecond('tag', TEST_IMAGE, SECOND_TAG);
  for (const [cli, says] of [
    [docker, 'hello-from-default'],
    [onSecond, 'hello-from-second'],
  ] as const) {
    await cli(
      ...['run', '-d', '--name', `${PROJECT}-web`, '--network', 'none', ...label],
      ...['--label', `com.docker.compose.project=${PROJECT}`, '--label', 'com.docker.compose.service=web'],
      ...[TEST_IMAGE, 'sh', '-c', `echo ${says}; sleep 600`],
    );
  }
  // The second engine is a CLI context in the spec's own CLI config, as a user would add it.
  await exec('docker', ['context', 'create', CONTEXT, '--docker', `host=unix://${socket}`], {
    env: { ...process.env, DOCKER_CONFIG: dockerConfig },
  });
  berth = await startBerthWeb({
    DOCKER_CONFIG: dockerConfig,
    XDG_CONFIG_HOME: join(dir, 'berth-config'),
  });
});

test.afterAll(async () => {
  await berth?.stop();
  await stopSecondEngine();
  await cleanDocker();
  rmSync(dir, { recursive: true, force: true });
});

const started = (): BerthWeb => {
  if (!berth) throw new Error('not started');
  return berth;
};

const section = async (page: Page, name: string): Promise<void> => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
};

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names the engine holds, read with the docker CLI on that engine's own socket. */
const volumesOf = async (cli: (...args: string[]) => Promise<string>): Promise<string[]> =>
  (await cli('volume', 'ls', '-q', '--filter', `label=${TEST_LABEL}=${SCOPE}`)).split('\n').filter(Boolean);
const networksOf = async (cli: (...args: string[]) => Promise<string>): Promise<string[]> =>
  (await cli('network', 'ls', '--format', '{{.Name}}', '--filter', `label=${TEST_LABEL}=${SCOPE}`))
    .split('\n')
    .filter(Boolean);

/** Removes through the row's own button (named with its engine) and the confirmation. */
const removeThrough = async (page: Page, button: Locator): Promise<void> => {
  await button.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 20_000 });
};

test('All engines: Run on an image makes the container on its engine; a project’s logs are its engine’s', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const berth = started();
  await page.goto(berth.url);
  await expect(
    page.getByRole('list', { name: 'Engines' }).getByRole('listitem', { name: CONTEXT }),
  ).toContainText('Connected', { timeout: 60_000 });
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'All engines' });

  // Same project name on both engines: two groups, and each group's Logs follow only its own engine.
  const grid = page.getByRole('grid', { name: 'Containers' });
  const group = grid.getByRole('row', { name: `project ${PROJECT} on ${CONTEXT}`, exact: true });
  await expect(grid.getByRole('row', { name: `project ${PROJECT} on default`, exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await group.getByRole('button', { name: `Logs of project ${PROJECT} on ${CONTEXT}`, exact: true }).click();
  const logs = page.getByRole('region', { name: `Logs of project ${PROJECT} on ${CONTEXT}`, exact: true });
  await expect(logs).toContainText('hello-from-second', { timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Following/ })).toHaveText(
    'Following 1 container',
  );
  await expect(logs).not.toContainText('hello-from-default');
  await page.getByRole('button', { name: '← Back to containers', exact: true }).click();

  // The image exists only on the second engine: Run from it creates the container there.
  await section(page, 'Images');
  await page.getByRole('searchbox', { name: 'Search images' }).fill(SECOND_TAG);
  await page.getByRole('button', { name: `Open ${SECOND_TAG} on ${CONTEXT}`, exact: true }).click();
  await page.getByRole('button', { name: `Run ${SECOND_TAG}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New container' });
  // The picker shows the engine the image is on (its option's text is the engine's label).
  await expect(dialog.getByRole('combobox', { name: 'Engine' }).locator('option:checked')).toHaveText(
    CONTEXT,
  );
  await expect(dialog.getByText('Present locally')).toBeVisible({ timeout: 20_000 });
  await dialog.getByLabel('Name', { exact: true }).fill(RUN_NAME);
  await dialog.getByRole('button', { name: 'Create container', exact: true }).click();
  await expect(dialog).toHaveCount(0, { timeout: 30_000 });
  expect(await onSecond('ps', '-a', '-q', '--filter', `name=^${RUN_NAME}$`)).not.toBe('');
  expect(await docker('ps', '-a', '-q', '--filter', `name=^${RUN_NAME}$`)).toBe('');
});

test('All engines: images, volumes and networks of both engines, each removal on its own engine', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const berth = started();
  const secondLabel = CONTEXT;
  await page.goto(berth.url);
  const engines = page.getByRole('list', { name: 'Engines' });
  await expect(engines.getByRole('listitem', { name: secondLabel })).toContainText('Connected', {
    timeout: 60_000,
  });
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'All engines' });

  // Images: each engine's own tag, in its engine's row.
  await section(page, 'Images');
  const images = page.getByRole('table', { name: 'Images' });
  await page.getByRole('searchbox', { name: 'Search images' }).fill('e2e-ev/only');
  await expect(images.getByRole('columnheader', { name: 'Engine' })).toBeVisible();
  const imageRow = (tag: string, engine: string): Locator =>
    images.getByRole('row').filter({
      has: page.getByRole('button', {
        name: new RegExp(`^Open ${escaped(tag)} on ${escaped(engine)}$`),
      }),
    });
  await expect(imageRow(DOCKER_TAG, 'default').getByRole('cell').last()).toHaveText('default', {
    timeout: 30_000,
  });
  await expect(imageRow(SECOND_TAG, secondLabel).getByRole('cell').last()).toHaveText(secondLabel);
  // The Engine filter narrows to one engine.
  await page.getByRole('combobox', { name: 'Engine' }).selectOption({ label: secondLabel });
  await expect(imageRow(DOCKER_TAG, 'default')).toHaveCount(0);
  await expect(imageRow(SECOND_TAG, secondLabel)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Engine' }).selectOption({ label: 'All engines' });

  // Volumes: one name, two engines, two rows; each removal reaches only its own engine.
  await section(page, 'Volumes');
  const volumes = page.getByRole('table', { name: 'Volumes' });
  await expect(volumes.getByRole('columnheader', { name: 'Engine' })).toBeVisible();
  const removeVolume = (engine: string): Locator =>
    volumes.getByRole('button', { name: `Remove ${VOLUME} on ${engine}`, exact: true });
  await expect(removeVolume('default')).toBeVisible({ timeout: 30_000 });
  await expect(removeVolume(secondLabel)).toBeVisible();
  await removeThrough(page, removeVolume(secondLabel));
  await expect(removeVolume(secondLabel)).toHaveCount(0, { timeout: 20_000 });
  expect(await volumesOf(onSecond)).toEqual([]);
  expect(await volumesOf(docker)).toEqual([VOLUME]);
  await removeThrough(page, removeVolume('default'));
  await expect(removeVolume('default')).toHaveCount(0, { timeout: 20_000 });
  expect(await volumesOf(docker)).toEqual([]);

  // Networks: the same, the Docker one first this time.
  await section(page, 'Networks');
  const networks = page.getByRole('table', { name: 'Networks' });
  await expect(networks.getByRole('columnheader', { name: 'Engine' })).toBeVisible();
  const removeNetwork = (engine: string): Locator =>
    networks.getByRole('button', { name: `Remove ${NETWORK} on ${engine}`, exact: true });
  await expect(removeNetwork('default')).toBeVisible({ timeout: 30_000 });
  await expect(removeNetwork(secondLabel)).toBeVisible();
  await removeThrough(page, removeNetwork('default'));
  await expect(removeNetwork('default')).toHaveCount(0, { timeout: 20_000 });
  expect(await networksOf(docker)).toEqual([]);
  expect(await networksOf(onSecond)).toEqual([NETWORK]);
  await removeThrough(page, removeNetwork(secondLabel));
  await expect(removeNetwork(secondLabel)).toHaveCount(0, { timeout: 20_000 });
  expect(await networksOf(onSecond)).toEqual([]);

  // The second engine dies: its banner names it, its images stay as last known (read-only), the other's stay live.
  await stopSecondEngine();
  await section(page, 'Images');
  const banner = page.getByRole('region', { name: `Engine ${secondLabel}` });
  await expect(banner.getByRole('alert')).toContainText(`${secondLabel} is unreachable`, { timeout: 15_000 });
  await page.getByRole('searchbox', { name: 'Search images' }).fill('e2e-ev/only');
  await expect(imageRow(SECOND_TAG, secondLabel).getByRole('cell').last()).toContainText('last known', {
    timeout: 20_000,
  });
  await expect(imageRow(DOCKER_TAG, 'default').getByRole('cell').last()).toHaveText('default');
});
