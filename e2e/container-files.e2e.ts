import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { docker, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainerFilesPage } from './pages/container-files-page.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-container-files';
const berth = berthForSpec(SCOPE);

test('upload a file into a running container from the app and read it back with docker exec', async ({
  page,
}) => {
  const name = 'e2e-files-running';
  await runTestContainer(
    name,
    SCOPE,
    [],
    ['sh', '-c', 'mkdir -p /srv/drop && echo served > /srv/drop/hello.txt && sleep 3600'],
  );
  const list = new ContainersPage(page);
  await list.open(berth().url);
  await list
    .row(name)
    .getByRole('button', { name: `Open ${name}` })
    .click();
  const files = new ContainerFilesPage(page, name);
  await files.openTab();
  await expect(files.table.getByRole('button', { name: 'Open srv' })).toBeVisible();
  await files.goTo('/srv/drop');
  await files.table.getByRole('button', { name: 'View hello.txt' }).click();
  await expect(page.getByLabel('Text of /srv/drop/hello.txt')).toHaveText('served\n');

  const body = Buffer.from([0, 1, 2, 255, 13, 10, ...Buffer.from('uploaded from berth\n')]);
  await files
    .uploadInput('/srv/drop')
    .setInputFiles({ name: 'from app.bin', mimeType: 'application/octet-stream', buffer: body });
  await expect(files.status('Uploaded /srv/drop/from app.bin')).toBeVisible();
  await expect(files.table.getByRole('button', { name: 'View from app.bin' })).toBeVisible();
  const back = await docker('exec', name, 'od', '-An', '-tx1', '-v', '/srv/drop/from app.bin');
  expect(Buffer.from(back.replace(/\s+/g, ''), 'hex')).toEqual(body);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    files.table.getByRole('button', { name: 'Download from app.bin' }).click(),
  ]);
  expect(readFileSync(await download.path())).toEqual(body);
});

test('a stopped container can be browsed, and a bad path is refused with the rule', async ({ page }) => {
  const name = 'e2e-files-stopped';
  await runTestContainer(name, SCOPE, [], ['sh', '-c', 'echo left > /left.txt']);
  await docker('wait', name);
  const list = new ContainersPage(page);
  await list.open(berth().url);
  await list
    .row(name)
    .getByRole('button', { name: `Open ${name}` })
    .click();
  const files = new ContainerFilesPage(page, name);
  await files.openTab();
  await files.table.getByRole('button', { name: 'View left.txt' }).click();
  await expect(page.getByLabel('Text of /left.txt')).toHaveText('left\n');
  await page.getByLabel('Path', { exact: true }).fill('/etc/../root');
  await files.button('Go').click();
  await expect(page.getByRole('alert')).toHaveText('The path must not contain . or .. segments.');
});
