import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { docker, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-container-tools';
const NAME = 'e2e-tools-first';
const RENAMED = 'e2e-tools-renamed';
const IMAGE = 'berth-e2e/tools-commit:v1';
const berth = berthForSpec(SCOPE);

test.afterAll(async () => {
  await docker('rmi', '-f', IMAGE).catch(() => undefined);
});

test('rename in place, commit with a message, export the filesystem and copy as compose, from the detail view', async ({
  page,
}) => {
  const id = await runTestContainer(NAME, SCOPE, [], ['sh', '-c', 'echo kept > /marker; sleep 3600']);
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await ui
    .row(NAME)
    .getByRole('button', { name: `Open ${NAME}` })
    .click();
  const tools = (name: string) => page.getByRole('group', { name: `More for ${name}` });

  // Rename: same container, new name; a bad name is refused in the dialog and changes nothing.
  await tools(NAME).getByRole('button', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: `Rename ${NAME}` });
  await rename.getByLabel('New name').fill('no spaces allowed');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByText(/at least two characters/)).toBeVisible();
  expect(await docker('inspect', '--format', '{{.Name}}', id)).toBe(`/${NAME}`);
  await rename.getByLabel('New name').fill(RENAMED);
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { name: RENAMED })).toBeVisible();
  expect(await docker('inspect', '--format', '{{.Id}}', RENAMED)).toBe(id);

  // Commit with a message, an author and a change.
  await tools(RENAMED).getByRole('button', { name: 'Commit to image…' }).click();
  const commit = page.getByRole('dialog', { name: `Commit ${RENAMED} to an image` });
  await commit.getByLabel('Image (repository:tag)').fill(IMAGE);
  await commit.getByLabel('Message').fill('saved from the e2e test');
  await commit.getByLabel('Author').fill('Berth e2e');
  await commit.getByLabel('Dockerfile changes').fill('ENV COMMITTED=yes');
  await commit.getByRole('button', { name: 'Commit' }).click();
  await expect(commit).toBeHidden();
  expect(await docker('history', '--no-trunc', '--format', '{{.Comment}}', IMAGE)).toContain(
    'saved from the e2e test',
  );
  expect(await docker('image', 'inspect', '--format', '{{.Author}} {{json .Config.Env}}', IMAGE)).toContain(
    'Berth e2e',
  );

  // Export: a real download of the container's filesystem.
  const downloading = page.waitForEvent('download');
  await tools(RENAMED).getByRole('button', { name: 'Export filesystem' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${RENAMED}.tar`);
  const dir = mkdtempSync(join(tmpdir(), 'berth-e2e-export-'));
  try {
    const file = join(dir, 'export.tar');
    await download.saveAs(file);
    const names = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).split('\n');
    expect(names).toContain('marker');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Copy as compose: the clipboard holds a compose file for it.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await tools(RENAMED).getByRole('button', { name: 'Copy as compose' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('version: "2.4"');
  const yaml = await page.evaluate(() => navigator.clipboard.readText());
  expect(yaml).toContain(`  ${RENAMED}:\n    image: "berth-test/busybox:latest"`);

  // Update check: a locally built image is never sent to a registry, and the page says so.
  await tools(RENAMED).getByRole('button', { name: 'Check for update' }).click();
  await expect(tools(RENAMED).getByRole('status')).toHaveText(
    'berth-test/busybox:latest was built or loaded here: there is no registry to check.',
  );
});
