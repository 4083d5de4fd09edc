import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { docker, removeTestContainers, TEST_IMAGE, TEST_LABEL } from '../electron/core/testing/docker-cli.js';
import { startTestRegistry, type TestRegistry } from '../electron/core/testing/registry.js';
import { ImagesPage } from './pages/images-page.js';
import { startBerthWeb, type BerthWeb } from './support/berth-web.js';

const SCOPE = 'e2e-images';
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const repo = `berth-test/e2e-images-${unique}`;

let berth: BerthWeb;
let registry: TestRegistry;
let berthConfig: string;

/** A small labelled image with its own layer (so pulls move real bytes and removal is safe). */
const build = async (tag: string, line: string): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'berth-e2e-build-'));
  try {
    await writeFile(join(dir, 'Dockerfile'), `FROM ${TEST_IMAGE}\nLABEL ${TEST_LABEL}=${SCOPE}\n${line}\n`);
    return await docker('build', '-q', '-t', tag, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

test.beforeAll(async () => {
  await removeTestContainers(SCOPE);
  berthConfig = await mkdtemp(join(tmpdir(), 'berth-e2e-docker-config-'));
  registry = await startTestRegistry();
  // Berth gets a docker config of its own: the test never touches ~/.docker.
  berth = await startBerthWeb({ DOCKER_CONFIG: berthConfig });
});

test.afterAll(async () => {
  await berth.stop();
  await registry.stop();
  await removeTestContainers(SCOPE);
  const mine = (await docker('images', '--format', '{{.Repository}}:{{.Tag}}'))
    .split('\n')
    .filter((ref) => ref.includes(unique));
  if (mine.length > 0) await docker('rmi', ...mine).catch(() => '');
  const dangling = await docker(
    'images',
    '-q',
    '--filter',
    'dangling=true',
    '--filter',
    `label=${TEST_LABEL}=${SCOPE}`,
  );
  if (dangling) await docker('rmi', ...new Set(dangling.split('\n'))).catch(() => '');
  await rm(berthConfig, { recursive: true, force: true });
});

test('lists images with who uses them; filters, search and a removal that keeps an image in use', async ({
  page,
}) => {
  // Four small builds first: slow on a loaded 2-core machine.
  test.setTimeout(180_000);
  await build(`${repo}:used`, `RUN echo used-${unique} > /marker`);
  await build(`${repo}:spare`, `RUN echo spare-${unique} > /marker`);
  const danglingId = await build(`${repo}:again`, `RUN echo first-${unique} > /marker`);
  await build(`${repo}:again`, `RUN echo second-${unique} > /marker`);
  const user = `e2e-images-user-${unique}`;
  await docker(
    'run',
    '-d',
    '--name',
    user,
    '--label',
    `${TEST_LABEL}=${SCOPE}`,
    `${repo}:used`,
    'sleep',
    '600',
  );

  const ui = new ImagesPage(page);
  await ui.open(berth.url);
  // The list is virtualised: search first, so the rows asked for are the ones on screen.
  await ui.search.fill(TEST_IMAGE);
  await expect(ui.openButton(TEST_IMAGE)).toBeVisible();
  await ui.search.fill(repo);
  await expect(ui.row(`${repo}:used`)).toContainText(user);

  await expect(ui.openButton(`${repo}:used`)).toBeVisible();
  await expect(ui.openButton(TEST_IMAGE)).toHaveCount(0);

  await ui.filter('In use').check();
  await expect(ui.openButton(`${repo}:used`)).toBeVisible();
  await expect(ui.openButton(`${repo}:spare`)).toHaveCount(0);
  await ui.filter('Unused').check();
  await expect(ui.openButton(`${repo}:spare`)).toBeVisible();
  await expect(ui.openButton(`${repo}:used`)).toHaveCount(0);
  await ui.search.fill(danglingId.replace('sha256:', '').slice(0, 12));
  await ui.filter('Dangling').check();
  await expect(ui.openButton(`<none> ${danglingId.replace('sha256:', '').slice(0, 12)}`)).toBeVisible();
  await ui.search.fill('no-such-image-anywhere');
  await expect(page.getByText('No images match the filter and search.')).toBeVisible();

  // Remove the used and the spare image together: the spare one goes, the used one is kept and named.
  await ui.search.fill(repo);
  await ui.filter('All').check();
  await ui.select(`${repo}:used`).check();
  await ui.select(`${repo}:spare`).check();
  await page.getByRole('button', { name: 'Remove…' }).click();
  await expect(ui.removeDialog).toContainText(`in use by ${user}: kept`);
  await ui.removeDialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(ui.removeDialog).toBeHidden();
  await expect(ui.openButton(`${repo}:spare`)).toHaveCount(0);
  await expect(ui.openButton(`${repo}:used`)).toBeVisible();
  expect(await docker('image', 'inspect', '--format', '{{.Id}}', `${repo}:used`)).toMatch(/^sha256:/);

  // Its detail shows the layers with the commands that made them.
  await ui.openButton(`${repo}:used`).click();
  await expect(page.getByRole('table', { name: 'Layers' })).toContainText(`echo used-${unique}`);
});

test('push after logging in through the app (a 401 offers login, a wrong password fails inline), remove, pull back to 100 %', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const reference = `${registry.host}/berth-test/e2e:${unique}`;
  await build(reference, 'RUN head -c 2000000 /dev/urandom > /random.bin');

  const ui = new ImagesPage(page);
  await ui.open(berth.url);
  await ui.search.fill(reference);
  await ui.openButton(reference).click();
  const push = `Push ${reference}`;
  await page.getByRole('button', { name: push, exact: true }).click();
  const refused = ui.transfer(push).getByRole('alert');
  await expect(refused).toContainText(`log in to ${registry.host}`, { timeout: 30_000 });
  await refused.getByRole('button', { name: `Log in to ${registry.host}` }).click();
  await expect(ui.loginDialog.getByRole('textbox', { name: 'Registry' })).toHaveValue(registry.host);

  await ui.logIn(registry.username, 'not-the-password');
  await expect(ui.loginDialog.getByRole('alert')).toContainText('wrong user name or password');
  await expect(ui.loginDialog.getByLabel('Password')).toHaveValue('');
  await ui.logIn(registry.username, registry.password);
  await expect(ui.loginDialog).toBeHidden();

  await page.getByRole('button', { name: `Dismiss ${push}` }).click();
  await page.getByRole('button', { name: push, exact: true }).click();
  await expect(ui.transfer(push).getByRole('status')).toContainText(`Pushed ${reference}`, {
    timeout: 60_000,
  });
  await expect(ui.progress(push)).toHaveAttribute('value', '100');

  // Remove it locally through the app, then pull it back.
  await page.getByRole('button', { name: 'Remove image…' }).click();
  await ui.removeDialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(ui.openButton(reference)).toHaveCount(0);
  await expect(docker('image', 'inspect', reference)).rejects.toThrow();

  const pull = `Pull ${reference}`;
  await ui.pull(reference);
  await expect(ui.transfer(pull).getByRole('status')).toContainText(`Pulled ${reference}`, {
    timeout: 60_000,
  });
  await expect(ui.progress(pull)).toHaveAttribute('value', '100');
  const layers = ui.transfer(pull).getByRole('progressbar', { name: /^Layer / });
  await expect(layers.first()).toBeVisible();
  for (const layer of await layers.all()) await expect(layer).toHaveAttribute('value', '100');
  await expect(ui.openButton(reference)).toBeVisible();
});
