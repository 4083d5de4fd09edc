import { createServer, type Server } from 'node:net';
import { expect, test, type Locator } from '@playwright/test';
import {
  docker,
  eventually,
  removeTestContainers,
  TEST_IMAGE,
  TEST_LABEL,
} from '../electron/core/testing/docker-cli.js';
import { freePort } from '../electron/core/run/port-check.js';
import { ContainersPage } from './pages/containers-page.js';
import { RunDialogPage } from './pages/run-dialog-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-run';
const NAME = 'berth-e2e-run-web';
const VOLUME = 'berth-e2e-run-vol';
const berth = berthForSpec(SCOPE);

const hold = (port: number): Promise<Server> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => {
      resolve(server);
    });
  });

const countOurs = async (): Promise<number> => {
  const ids = await docker('ps', '-aq', '--filter', `label=${TEST_LABEL}=${SCOPE}`);
  return ids === '' ? 0 : ids.split('\n').length;
};

const fetchText = async (port: number): Promise<string> => {
  const response = await fetch(`http://127.0.0.1:${port}/index.html`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.text()).trim();
};

/** The field shows `message` next to it and the submit button is disabled. */
const refused = async (field: Locator, submit: Locator, message: RegExp): Promise<void> => {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
  await expect(submit).toBeDisabled();
};

test.afterAll(async () => {
  // The containers go first (the spec server removes them too): a volume in use cannot be removed.
  await removeTestContainers(SCOPE);
  await docker('volume', 'rm', '-f', VOLUME).catch(() => '');
});

test('create, edit the port and clone a container through the run dialog', async ({ page }) => {
  test.setTimeout(120_000);
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await page.getByRole('button', { name: 'New container', exact: true }).click();
  const run = new RunDialogPage(page);
  await expect(run.dialog).toBeVisible();
  const submit = run.button('Create container');

  await run.field('Image').fill(TEST_IMAGE);
  await run.field('Name').fill('my container');
  await refused(run.field('Name'), submit, /letters, digits/);
  await run.field('Name').fill(NAME);
  await expect(run.preview).toContainText(`--name ${NAME}`);
  await run
    .field('Command')
    .fill(
      `sh -c 'trap "exit 0" TERM; mkdir -p /www && echo hi > /www/index.html && httpd -f -p 8080 -h /www & wait'`,
    );
  await expect(run.preview).toContainText(
    `'trap "exit 0" TERM; mkdir -p /www && echo hi > /www/index.html && httpd -f -p 8080 -h /www & wait'`,
  );

  await run.button('Add port').click();
  await run.field('Host IP 1').fill('127.0.0.1');
  await run.field('Container port 1').fill('8080');
  const hostPort = run.field('Host port 1');
  for (const [bad, message] of [
    ['99999', /out of range/],
    ['abc', /not a port number/],
    ['0', /out of range/],
    ['80-70', /runs backwards/],
  ] as const) {
    await hostPort.fill(bad);
    await refused(hostPort, submit, message);
  }
  // A port this machine already uses is named before submit.
  const taken = await freePort();
  const holder = await hold(taken);
  try {
    await hostPort.fill(String(taken));
    await expect(hostPort).toHaveAccessibleDescription(
      `Host port ${taken} is already in use on this machine.`,
    );
  } finally {
    await new Promise((resolve) => holder.close(resolve));
  }
  const port = await freePort();
  await hostPort.fill(String(port));
  await expect(hostPort).not.toHaveAttribute('aria-invalid');
  await expect(run.preview).toContainText(`-p 127.0.0.1:${port}:8080`);

  await run.button('Add variable').click();
  // The CLI takes a name with blanks (`-e 'MY VAR=x'`), but not one with "=".
  await run.field('Variable name 1').fill('A=B');
  await refused(run.field('Variable name 1'), submit, /"="/);
  await run.field('Variable name 1').fill('');
  await run.field('Variable value 1').fill('bar');
  await refused(run.field('Variable name 1'), submit, /needs a name/);
  await run.field('Variable name 1').fill('GREETING');
  await run.field('Variable value 1').fill('hello world');
  await expect(run.preview).toContainText(`-e 'GREETING=hello world'`);

  await run.button('Add volume').click();
  await run.field('Volume name 1').fill(VOLUME);
  await run.field('Container path 1').fill('data');
  await refused(run.field('Container path 1'), submit, /absolute path/);
  await run.field('Container path 1').fill('/data');

  await run.button('Add label').click();
  await run.field('Label key 1').fill(TEST_LABEL);
  await run.field('Label value 1').fill(SCOPE);

  await run.advanced.click();
  await run.field('Memory limit').fill('12x');
  await refused(run.field('Memory limit'), submit, /not a size/);
  await run.field('Memory limit').fill('64m');
  await expect(run.preview).toContainText('--memory 64m');

  // Nothing was created while typing.
  expect(await countOurs()).toBe(0);
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(run.dialog).toBeHidden({ timeout: 30_000 });
  await expect(ui.row(NAME)).toBeVisible({ timeout: 10_000 });
  expect(await eventually(() => fetchText(port), 15_000)).toBe('hi');
  const created = JSON.parse(await docker('inspect', NAME)) as [
    { Id: string; Config: { Env: string[] }; HostConfig: { Memory: number } },
  ];
  expect(created[0].Config.Env).toContain('GREETING=hello world');
  expect(created[0].HostConfig.Memory).toBe(64 * 1024 * 1024);
  await docker('exec', NAME, 'sh', '-c', 'echo kept > /data/note');

  // Edit: change the host port, review the diff, apply.
  await ui
    .row(NAME)
    .getByRole('button', { name: `Open ${NAME}` })
    .click();
  await page
    .getByRole('group', { name: 'Settings' })
    .getByRole('button', { name: 'Edit', exact: true })
    .click();
  await expect(run.dialog).toHaveAccessibleName(`Edit container ${NAME}`);
  await expect(run.field('Host port 1')).toHaveValue(String(port));
  const newPort = await freePort();
  await run.field('Host port 1').fill(String(newPort));
  await run.button('Review changes').click();
  await expect(run.diff.getByRole('row', { name: /Ports/ })).toContainText(`127.0.0.1:${newPort}:8080`);
  await expect(run.review).toContainText('writable layer');
  await run.button('Apply changes').click();
  await expect(run.dialog).toBeHidden({ timeout: 60_000 });
  expect(await eventually(() => fetchText(newPort), 15_000)).toBe('hi');
  await expect(fetchText(port)).rejects.toThrow();
  expect(await docker('exec', NAME, 'cat', '/data/note')).toBe('kept');
  const edited = JSON.parse(await docker('inspect', NAME)) as [{ Id: string }];
  expect(edited[0].Id).not.toBe(created[0].Id);
  // The detail view follows the replaced container.
  await expect(page.getByRole('heading', { name: NAME, exact: true })).toBeVisible();

  // "Copy as docker run" rebuilds the edited container's command from its inspect.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page
    .getByRole('group', { name: 'Settings' })
    .getByRole('button', { name: 'Copy as docker run' })
    .click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(
      new RegExp(
        `^docker run -d --name ${NAME} -p 127\\.0\\.0\\.1:${newPort}:8080 -e 'GREETING=hello world' ` +
          `--mount type=volume,source=${VOLUME},target=/data --label ${TEST_LABEL}=${SCOPE} --memory 64m `,
      ),
    );

  // Clone: prefilled with a new name; the original's port is flagged until changed.
  await page
    .getByRole('group', { name: 'Settings' })
    .getByRole('button', { name: 'Clone', exact: true })
    .click();
  await expect(run.dialog).toHaveAccessibleName(`Clone container ${NAME}`);
  await expect(run.field('Name')).toHaveValue(`${NAME}-copy`);
  await expect(run.field('Host port 1')).toHaveAccessibleDescription(
    `Host port ${newPort} is already published by container ${NAME}.`,
  );
  const clonePort = await freePort();
  await run.field('Host port 1').fill(String(clonePort));
  await run.button('Create clone').click();
  await expect(run.dialog).toBeHidden({ timeout: 30_000 });
  await page.getByRole('button', { name: '← Back to containers' }).click();
  await expect(ui.row(`${NAME}-copy`)).toBeVisible({ timeout: 10_000 });
  expect(await eventually(() => fetchText(clonePort), 15_000)).toBe('hi');
});

test('engine refusals are shown next to their section; a container that could not start stays Created and can be fixed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = 'berth-e2e-run-fix';
  const taken = await freePort();
  await docker(
    'run',
    '-d',
    '--name',
    'berth-e2e-run-holder',
    '--label',
    `${TEST_LABEL}=${SCOPE}`,
    '-p',
    `127.0.0.1:${taken}:80`,
    TEST_IMAGE,
    'sleep',
    '3600',
  );
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await page.getByRole('button', { name: 'New container', exact: true }).click();
  const run = new RunDialogPage(page);
  await run.field('Image').fill(TEST_IMAGE);
  await run.field('Name').fill(name);
  await run.field('Command').fill('sleep 3600');
  await run.button('Add label').click();
  await run.field('Label key 1').fill(TEST_LABEL);
  await run.field('Label value 1').fill(SCOPE);

  // A bind mount of a host folder that does not exist: the engine's words, in the Volumes section.
  await run.button('Add volume').click();
  await run.field('Volume kind 1').selectOption('bind');
  await run.field('Host folder 1').fill('/berth-e2e-run-does-not-exist');
  await run.field('Container path 1').fill('/x');
  const before = await countOurs();
  await run.button('Create container').click();
  await expect(run.dialog.getByRole('group', { name: 'Volumes' }).getByRole('alert')).toContainText(
    'bind source path does not exist',
  );
  expect(await countOurs()).toBe(before);
  await run.button('Remove volume 1').click();

  // A port another container publishes: flagged before submit; the engine then refuses the start.
  await run.button('Add port').click();
  await run.field('Host IP 1').fill('127.0.0.1');
  await run.field('Container port 1').fill('80');
  await run.field('Host port 1').fill(String(taken));
  await expect(run.field('Host port 1')).toHaveAccessibleDescription(
    `Host port ${taken} is already published by container berth-e2e-run-holder.`,
  );
  await run.button('Create container').click();
  await expect(run.dialog.getByRole('alert')).toContainText(
    `Created ${name}, but the engine did not start it`,
  );
  await expect(run.dialog.getByRole('alert')).toContainText(String(taken));
  const state = JSON.parse(await docker('inspect', '-f', '{{json .State.Status}}', name)) as string;
  expect(state).toBe('created');

  // Fix: the same dialog edits the created container; applying starts it.
  await run.button('Fix settings').click();
  await expect(run.dialog).toHaveAccessibleName(`Edit container ${name}`);
  await expect(run.field('Start after applying')).toBeChecked();
  const free = await freePort();
  await run.field('Host port 1').fill(String(free));
  await run.button('Review changes').click();
  await expect(run.diff).toContainText(`127.0.0.1:${free}:80`);
  await run.button('Apply changes').click();
  await expect(run.dialog).toBeHidden({ timeout: 60_000 });
  await expect(ui.state(name)).toHaveText(/running/i, { timeout: 10_000 });
});

test('the CLI’s rules in the dialog: an env file, an IPv6 extra host, .5g of memory, blanks in a mount path', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const name = `${NAME}-rules`;
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await page.getByRole('button', { name: 'New container', exact: true }).click();
  const run = new RunDialogPage(page);
  const submit = run.button('Create container');
  await run.field('Image').fill(TEST_IMAGE);
  await run.field('Name').fill(name);
  await run.field('Command').fill('sleep 300');
  await run.button('Add label').click();
  await run.field('Label key 1').fill(TEST_LABEL);
  await run.field('Label value 1').fill(SCOPE);

  // An env file whose name has blanks around "=" is refused whole, as `--env-file` refuses it.
  await run.field('Paste .env lines').fill('GOOD=1\nSPACED = 2');
  await run.button('Add pasted variables').click();
  await expect(run.dialog.getByRole('status')).toHaveText(/^Nothing added: line 2: "SPACED ".*spaces/);
  await expect(run.field('Variable name 1')).toHaveCount(0);
  await run.field('Paste .env lines').fill('GOOD=1\nSPACED=2 ');
  await run.button('Add pasted variables').click();
  await expect(run.dialog.getByRole('status')).toHaveText('Added 2 variables.');
  await expect(run.preview).toContainText(`-e GOOD=1 -e 'SPACED=2 '`);

  await run.button('Add volume').click();
  await run.field('Container path 1').fill('/scratch ');
  await refused(run.field('Container path 1'), submit, /blank/);
  // No volume is created: the row goes once its message was seen.
  await run.dialog.getByRole('button', { name: 'Remove volume 1' }).click();

  await run.advanced.click();
  const memory = run.field('Memory limit');
  for (const bad of ['-.5g', '.5gg', '5 g b']) {
    await memory.fill(bad);
    await refused(memory, submit, /not a size the docker CLI reads/);
  }
  await memory.fill('.5g');
  await expect(memory).not.toHaveAttribute('aria-invalid');
  await expect(run.preview).toContainText('--memory .5g');

  const hosts = run.field('Extra hosts');
  await hosts.fill('v6:::::1');
  await refused(hosts, submit, /not an IP address/);
  await hosts.fill('v6=[::1]');
  await expect(hosts).not.toHaveAttribute('aria-invalid');
  // What the CLI sends for `--add-host v6=[::1]`: the engine's API takes name:ip only.
  await expect(run.preview).toContainText('--add-host v6:::1');

  await submit.click();
  await expect(run.dialog).toBeHidden({ timeout: 30_000 });
  const created = JSON.parse(await docker('inspect', name)) as [
    { HostConfig: { Memory: number; ExtraHosts: string[] } },
  ];
  expect(created[0].HostConfig.Memory).toBe(512 * 1024 * 1024);
  expect(created[0].HostConfig.ExtraHosts).toEqual(['v6:::1']);
  expect(await docker('exec', name, 'sh', '-c', 'grep v6 /etc/hosts')).toMatch(/^::1\s+v6$/m);
});
