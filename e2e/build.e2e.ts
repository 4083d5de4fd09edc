import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { docker, TEST_IMAGE, TEST_LABEL } from '../electron/core/testing/docker-cli.js';
import { BuildPage } from './pages/build-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-build';
const LABEL = `${TEST_LABEL}=${SCOPE}`;
const berth = berthForSpec(SCOPE);

const execFileAsync = promisify(execFile);

let dir: string;

const removeScopedImages = async (): Promise<void> => {
  const ids = await docker('images', '-aq', '--filter', `label=${LABEL}`);
  if (ids) await docker('rmi', '-f', ...new Set(ids.split('\n'))).catch(() => '');
};

const writeTree = async (root: string, files: Record<string, string>): Promise<void> => {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), content);
  }
};

test.beforeAll(async () => {
  await removeScopedImages();
  dir = await mkdtemp(join(tmpdir(), 'berth-e2e-build-'));
});
test.afterAll(async () => {
  await removeScopedImages();
  await rm(dir, { recursive: true, force: true });
});

test('builds a folder as the docker CLI would: size first, then the output, then success', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const context = join(dir, 'app');
  await writeTree(context, {
    '.dockerignore': '**/node_modules\n*.log\n!keep.log\n',
    Dockerfile: [
      `FROM ${TEST_IMAGE} AS base`,
      'ARG FLAVOUR=plain',
      'COPY . /ctx',
      'RUN echo "$FLAVOUR" > /flavour && ls -A /ctx',
      'FROM base AS extra',
      'RUN touch /extra',
    ].join('\n'),
    'main.js': 'console.log(1)',
    'debug.log': 'noise',
    'keep.log': 'kept',
    'node_modules/dep/index.js': 'dep',
    'lib/node_modules/inner.js': 'inner',
    'lib/util.js': 'util',
  });
  await symlink('main.js', join(context, 'entry.js'));
  const tag = `berth-test/e2e-build:${SCOPE}`;

  const ui = new BuildPage(page);
  await ui.open(berth().url);
  await ui.field('Context folder').fill(context);
  // .dockerignore, Dockerfile, keep.log, lib/util.js, main.js; lib; entry.js
  await expect(ui.contextSummary).toContainText('Context: 5 files, 1 folder, 1 link');
  await expect(ui.contextSummary).toContainText('.dockerignore leaves out 3 entries.');
  await ui.dialog.getByText('Left out by .dockerignore').click();
  await expect(ui.ignoredList.getByRole('listitem')).toHaveText([
    'debug.log',
    'lib/node_modules/',
    'node_modules/',
  ]);

  await ui.field('Tags').fill(`${tag}, berth-test/e2e-build:second`);
  await ui.button('Add build arg').click();
  await ui.field('Build arg 1 name').fill('FLAVOUR');
  await ui.field('Build arg 1 value').fill('spicy');
  await ui.addLabel(TEST_LABEL, SCOPE);
  await ui.field('Target stage').fill('base');
  await ui.button('Build').click();

  await expect(ui.output).toBeVisible();
  await expect(ui.output).toContainText('Step 1/', { timeout: 30_000 });
  await expect(ui.success).toContainText(`tagged ${tag}`, { timeout: 90_000 });
  await expect(ui.success).toContainText('berth-test/e2e-build:second');
  await expect(ui.output).toContainText('Successfully built');

  // What the image holds is what the CLI would have sent; the arg and target took effect.
  const files = await docker(
    'run',
    '--rm',
    '--label',
    LABEL,
    tag,
    'sh',
    '-c',
    'cd /ctx && find . | sort; cat /flavour; ls /extra 2>&1 || true',
  );
  expect(files.split('\n')).toEqual([
    '.',
    './.dockerignore',
    './Dockerfile',
    './entry.js',
    './keep.log',
    './lib',
    './lib/util.js',
    './main.js',
    'spicy',
    'ls: /extra: No such file or directory',
  ]);
  expect(await docker('image', 'inspect', '--format', '{{.Id}}', 'berth-test/e2e-build:second')).toBe(
    await docker('image', 'inspect', '--format', '{{.Id}}', tag),
  );
});

test('a failing step is named and highlighted, and nothing is tagged', async ({ page }) => {
  test.setTimeout(120_000);
  const context = join(dir, 'failing');
  await writeTree(context, {
    Dockerfile: [`FROM ${TEST_IMAGE}`, `LABEL ${LABEL}`, 'RUN false', 'RUN echo never'].join('\n'),
  });
  const tag = `berth-test/e2e-build-fail:${SCOPE}`;

  const ui = new BuildPage(page);
  await ui.open(berth().url);
  await ui.field('Context folder').fill(context);
  await expect(ui.contextSummary).toContainText('Context: 1 file, 0 folders');
  await ui.field('Tags').fill(tag);
  await ui.button('Build').click();

  await expect(ui.failure).toHaveText(
    "Step 3/4 failed: The command '/bin/sh -c false' returned a non-zero code: 1",
    { timeout: 90_000 },
  );
  await expect(ui.output).toContainText('Step 3/4 failed:');
  await expect(ui.output).not.toContainText('never');
  await expect(docker('image', 'inspect', tag)).rejects.toThrow(/No such image/);
  expect(await docker('ps', '-aq', '--filter', `label=${LABEL}`)).toBe('');

  // The form is still there to fix and try again.
  await ui.button('Change and build again').click();
  await expect(ui.field('Context folder')).toHaveValue(context);
});

test('bad input is refused in the form, before anything is sent', async ({ page }) => {
  const ui = new BuildPage(page);
  await ui.open(berth().url);
  await ui.field('Context folder').fill('relative/path');
  await ui.field('Tags').fill('Bad:Tag');
  await ui.button('Build').click();
  await expect(ui.dialog.getByText('Enter an absolute path, e.g. /home/me/app.')).toBeVisible();
  await expect(ui.field('Context folder')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    ui.dialog.getByText('invalid reference format: repository name (Bad:Tag) must be lowercase'),
  ).toBeVisible();

  await ui.field('Context folder').fill(join(dir, 'does-not-exist'));
  await expect(ui.contextSummary).toContainText(
    `The context folder ${join(dir, 'does-not-exist')} does not exist.`,
  );
  await ui.field('Tags').fill('');
  await ui.button('Build').click();
  await expect(ui.failure).toHaveText(`The context folder ${join(dir, 'does-not-exist')} does not exist.`);
  await expect(ui.output).toHaveCount(0);
});

test('loads a tar made by docker save, and shows the engine’s own words for one that holds no image', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const tag = `berth-test/e2e-load:${SCOPE}`;
  const source = `e2e-load-source-${SCOPE}`;
  await docker('run', '--name', source, '--label', LABEL, TEST_IMAGE, 'touch', '/loaded');
  await docker('commit', '--change', `LABEL ${LABEL}`, source, tag);
  await docker('rm', source);
  const id = await docker('image', 'inspect', '--format', '{{.Id}}', tag);
  const tarFile = join(dir, 'images.tar');
  await docker('save', '-o', tarFile, tag);
  await docker('rmi', tag);
  await expect(docker('image', 'inspect', id)).rejects.toThrow(/No such image/);

  const ui = new BuildPage(page);
  await ui.openImages(berth().url);
  await ui.loadTar(tarFile);
  const tasks = await ui.tasks();
  await expect(tasks.getByRole('listitem').filter({ hasText: 'Load images from a tar' })).toContainText(
    `Loaded ${tag}.`,
    { timeout: 60_000 },
  );
  expect(await docker('image', 'inspect', '--format', '{{.Id}}', tag)).toBe(id);

  const bogus = join(dir, 'bogus.tar');
  await writeTree(join(dir, 'bogus'), { 'hello.txt': 'not an image' });
  await execFileAsync('tar', ['-cf', bogus, '-C', join(dir, 'bogus'), 'hello.txt']);
  await ui.loadTar(bogus);
  const notice = page.getByRole('alert').filter({ hasText: 'Could not load bogus.tar' });
  await expect(notice).toContainText(/open \S+\/repositories: no such file or directory/, {
    timeout: 30_000,
  });
});
