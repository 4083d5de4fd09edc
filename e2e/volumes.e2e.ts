import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import {
  docker,
  eventually,
  runTestContainer,
  TEST_IMAGE,
  TEST_LABEL,
} from '../electron/core/testing/docker-cli.js';
import { VolumesPage } from './pages/volumes-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-volumes';
const berth = berthForSpec(SCOPE);
const DATA = 'e2e-volfiles-data';
const COPY = 'e2e-volfiles-copy';
const BAD = 'e2e-volfiles-bad';
/** Binary on purpose: NUL, high bytes, a CR LF that a text transfer would mangle. */
const PRINTF = '\\000\\001\\377\\376\\r\\nberth\\n\\200';

const removeVolumes = async (): Promise<void> => {
  await docker('volume', 'rm', '-f', DATA, COPY);
};
test.beforeAll(removeVolumes);
test.afterAll(removeVolumes);

const inContainer = (volume: string, script: string): Promise<string> =>
  docker(
    'run',
    '--rm',
    '--label',
    `${TEST_LABEL}=${SCOPE}`,
    '-v',
    `${volume}:/data`,
    TEST_IMAGE,
    'sh',
    '-c',
    script,
  );

/** Berth's helpers for these volumes (other specs run helpers of their own meanwhile). */
const helpersOf = async (...volumes: string[]): Promise<string> => {
  const found = await Promise.all(
    volumes.map((v) =>
      docker(
        'ps',
        '-aq',
        '--filter',
        'label=dev.berth.helper',
        '--filter',
        `label=dev.berth.helper.volume=${v}`,
      ),
    ),
  );
  return found.join('');
};

test('create a volume, browse and download a file byte-identical, export and import it as a copy', async ({
  page,
}) => {
  // Several engine round trips (containers, helpers, an export and an import) on a loaded machine.
  test.setTimeout(180_000);
  const ui = new VolumesPage(page);
  await ui.open(berth().url);
  await ui.create(DATA, `${TEST_LABEL}=${SCOPE}`);
  await expect(ui.row(DATA)).toBeVisible();
  expect(await docker('volume', 'inspect', '-f', `{{index .Labels "${TEST_LABEL}"}}`, DATA)).toBe(SCOPE);

  await inContainer(
    DATA,
    `mkdir /data/sub && printf '${PRINTF}' > /data/x.bin && echo note > /data/sub/readme.txt`,
  );
  const original = Buffer.from(
    (await inContainer(DATA, 'od -An -tx1 -v /data/x.bin')).replace(/\s+/g, ''),
    'hex',
  );
  expect(original.length).toBeGreaterThan(8);

  await ui
    .row(DATA)
    .getByRole('button', { name: `Browse ${DATA}` })
    .click();
  await expect(ui.files(DATA).getByRole('rowheader', { name: 'x.bin' })).toBeVisible();
  await ui.files(DATA).getByRole('button', { name: 'Open sub' }).click();
  await ui.files(DATA).getByRole('button', { name: 'View readme.txt' }).click();
  await expect(page.getByLabel('Text of /sub/readme.txt')).toHaveText('note\n');
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('button', { name: '/' }).click();
  await ui.files(DATA).getByRole('button', { name: 'View x.bin' }).click();
  await expect(ui.status(/binary file/)).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    ui.files(DATA).getByRole('button', { name: 'Download x.bin' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('x.bin');
  expect(readFileSync(await download.path())).toEqual(original);

  await ui.button('← Back to volumes').click();
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    ui
      .row(DATA)
      .getByRole('button', { name: `Export ${DATA}` })
      .click(),
  ]);
  expect(exported.suggestedFilename()).toBe(`${DATA}.tar`);
  const tarPath = await exported.path();

  await ui.button('Import volume…').click();
  const dialog = ui.dialog('Import volume');
  await dialog.getByLabel('New volume name').fill(COPY);
  await dialog.getByLabel('Tar file').setInputFiles(tarPath);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(ui.status(`into the new volume ${COPY}`)).toBeVisible({ timeout: 30_000 });
  await expect(ui.row(COPY)).toBeVisible();

  const listing = 'cd /data && find . | sort && find . -type f | sort | xargs md5sum';
  expect(await inContainer(COPY, listing)).toBe(await inContainer(DATA, listing));
  await eventually(async () => {
    expect(await helpersOf(DATA, COPY)).toBe('');
  }, 10_000);
});

test('an invalid name creates nothing, and a volume in use is not removed', async ({ page }) => {
  const ui = new VolumesPage(page);
  await ui.open(berth().url);
  await ui.create('-bad/name');
  await expect(ui.dialog('Create volume').getByRole('alert')).toContainText('letters, digits');
  await ui.dialog('Create volume').getByRole('button', { name: 'Cancel' }).click();
  expect(await docker('volume', 'ls', '-q', '--filter', 'name=bad')).not.toContain('-bad');

  await docker('volume', 'create', '--label', `${TEST_LABEL}=${SCOPE}`, BAD);
  try {
    await runTestContainer('e2e-volfiles-user', SCOPE, ['-v', `${BAD}:/data`]);
    await expect(ui.row(BAD)).toContainText('e2e-volfiles-user');
    await ui
      .row(BAD)
      .getByRole('button', { name: `Remove ${BAD}` })
      .click();
    const dialog = ui.dialog('Remove volume');
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('in use by container e2e-volfiles-user');
    expect(await docker('volume', 'ls', '-q', '--filter', `name=^${BAD}$`)).toBe(BAD);
  } finally {
    await docker('rm', '-f', 'e2e-volfiles-user');
    await docker('volume', 'rm', '-f', BAD);
  }
});
