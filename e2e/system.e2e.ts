import { expect, test } from '@playwright/test';
import {
  createBystanders,
  createPruneFixture,
  existing,
  removePruneFixture,
  type PruneFixture,
} from '../electron/core/system/prune.fixtures.js';
import { docker, runTestContainer, TEST_IMAGE } from '../electron/core/testing/docker-cli.js';
import { SystemPage } from './pages/system-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-system';
const PRUNE = 'e2e-system-prune';
const KEEP = 'e2e-system-keep';
const PREFIX = `e2e-sys-${process.pid}`;

const berth = berthForSpec(SCOPE);
test.afterAll(() => removePruneFixture([PRUNE, KEEP]));

test('shows the engine’s facts and its disk usage as a described bar', async ({ page }) => {
  const ui = new SystemPage(page);
  await ui.open(berth().url);
  const version = await docker('version', '--format', '{{.Server.Version}}|{{.Server.APIVersion}}');
  const [engine, api] = version.split('|');
  await expect(ui.fact('Engine version')).toHaveText(engine ?? '');
  await expect(ui.fact('API version')).toHaveText(api ?? '');
  await expect(ui.fact('Storage driver')).toHaveText(await docker('info', '--format', '{{.Driver}}'));
  await expect(ui.fact('Root directory')).toHaveText(await docker('info', '--format', '{{.DockerRootDir}}'));
  await expect(ui.diskBar).toHaveAccessibleName(/in total, .* reclaimable\. Images .*; Build cache/);
  await expect(page.getByRole('table', { name: 'Disk usage by kind' }).getByRole('row')).toHaveCount(6);
});

test('the events log shows engine events live, filters them, and collects nothing while paused', async ({
  page,
}) => {
  const ui = new SystemPage(page);
  await ui.open(berth().url);
  await expect(page.getByRole('status').filter({ hasText: /^Live\./ })).toBeVisible();
  await runTestContainer(`${PREFIX}-ev1`, SCOPE);
  await expect(
    ui.events
      .getByRole('row')
      .filter({ hasText: `${PREFIX}-ev1` })
      .filter({ hasText: 'start' }),
  ).toHaveCount(1);

  await ui.eventFilter('Actor').fill(`${PREFIX}-ev1`);
  await ui.eventFilter('Action').fill('star');
  await expect(ui.events.getByRole('row')).toHaveCount(2); // header + the start
  await ui.eventFilter('Type').selectOption('network');
  await expect(ui.events.getByRole('row')).toHaveCount(1);
  await ui.eventFilter('Type').selectOption('all');
  await ui.eventFilter('Action').fill('');

  await ui.button('Pause').click();
  await expect(page.getByRole('status').filter({ hasText: /^Paused\./ })).toBeVisible();
  await ui.eventFilter('Actor').fill(`${PREFIX}-ev2`);
  await runTestContainer(`${PREFIX}-ev2`, SCOPE);
  await ui.button('Resume').click();
  await runTestContainer(`${PREFIX}-ev3`, SCOPE);
  await ui.eventFilter('Actor').fill(`${PREFIX}-ev3`);
  await expect(ui.events.getByRole('row').filter({ hasText: 'start' })).toHaveCount(1);
  // ev2 started while paused: nothing of it was collected.
  await ui.eventFilter('Actor').fill(`${PREFIX}-ev2`);
  await expect(ui.events.getByRole('row')).toHaveCount(1);
});

test('prune previews exactly the labelled items and then removes exactly those', async ({ page }) => {
  // Two image builds and a handful of containers on a shared 2-core machine.
  test.setTimeout(180_000);
  await removePruneFixture([PRUNE, KEEP]);
  const mine: PruneFixture = await createPruneFixture(PRUNE, PREFIX);
  const keep: PruneFixture = await createBystanders(KEEP, PREFIX);
  const ui = new SystemPage(page);
  await ui.open(berth().url);
  await ui.button('Prune…').click();
  // Never unfiltered here: the engine is shared.
  await ui.prune.getByLabel('Only items with label').fill(`berth.test=${PRUNE}`);
  await ui.prune.getByRole('button', { name: 'Preview' }).click();
  await expect(ui.prune.getByRole('status').filter({ hasText: /would be removed/ })).toHaveText(
    /^7 items would be removed, freeing /,
  );
  await expect(ui.previewList('Stopped containers').getByRole('listitem')).toHaveText([
    new RegExp(`^${PREFIX}-stopped-1 · `),
    new RegExp(`^${PREFIX}-stopped-2 · `),
  ]);
  await expect(ui.previewList('Unused networks').getByRole('listitem')).toHaveText([
    new RegExp(`^${PREFIX}-net-1 · `),
    new RegExp(`^${PREFIX}-net-2 · `),
  ]);
  await expect(ui.previewList('Unused volumes').getByRole('listitem')).toHaveText([
    new RegExp(`^${PREFIX}-vol-1 · `),
    new RegExp(`^${PREFIX}-vol-2 · `),
  ]);
  const shortId = (mine.images[0] ?? '').replace('sha256:', '').slice(0, 12);
  await expect(ui.previewList('Dangling images').getByRole('listitem')).toHaveText([
    new RegExp(`^<none> \\(${shortId}\\) · `),
  ]);
  await expect(ui.prune.getByText(/Build cache: Build cache has no labels/)).toBeVisible();

  await ui.prune.getByRole('button', { name: 'Remove 7 items' }).click();
  await expect(ui.prune.getByRole('status').filter({ hasText: /^Removed / })).toHaveText(
    /^Removed 7 items, freed [^;]+\.$/,
    { timeout: 30_000 },
  );
  await expect(ui.prune.getByRole('list', { name: 'Outcomes' }).getByRole('listitem')).toHaveCount(7);

  expect(await existing('container', mine.containers)).toEqual([]);
  expect(await existing('network', mine.networks)).toEqual([]);
  expect(await existing('volume', [`${PREFIX}-vol-1`, `${PREFIX}-vol-2`])).toEqual([]);
  expect(await existing('image', mine.images)).toEqual([]);
  expect(await existing('container', [...keep.containers, `${PREFIX}-running`])).toHaveLength(2);
  expect(await existing('network', [...keep.networks, `${PREFIX}-net-used`])).toHaveLength(2);
  expect(await existing('volume', [...keep.volumes, `${PREFIX}-vol-used`])).toHaveLength(2);
  expect(await existing('image', [`${PREFIX}-img:latest`, TEST_IMAGE])).toHaveLength(2);
  await ui.prune.getByRole('button', { name: 'Close' }).click();
  await expect(ui.prune).toHaveCount(0);
});
