import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  fetchText,
  removeRuns,
  runFacts,
  startDiscoverRegistry,
  type DiscoverRegistry,
} from '../electron/core/discover/discover.fixtures.js';
import { docker } from '../electron/core/testing/docker-cli.js';
import { HUB_REPOSITORY, HUB_SEARCH, HUB_TAGS } from './discover-hub.fixtures.js';
import { DiscoverPage } from './pages/discover-page.js';
import { startBerthWeb, type BerthWeb } from './support/berth-web.js';

const SCOPE = 'e2e-discover';
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

let fixture: DiscoverRegistry;
let dataDir: string;
let berth: BerthWeb;
/** Containers the one-click runs made, by name (read from the view's status). */
const started: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  fixture = await startDiscoverRegistry(SCOPE, unique);
  dataDir = await mkdtemp(join(tmpdir(), 'berth-e2e-discover-'));
  // Docker Hub stays at its real address: unreachable here, as the offline case needs.
  berth = await startBerthWeb({ DOCKER_CONFIG: fixture.configDir, XDG_CONFIG_HOME: dataDir });
});

test.afterAll(async () => {
  await berth.stop();
  await removeRuns(started, unique);
  await fixture.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** Waits for the "Started NAME" notice (with "Published at URL") and remembers the container. */
const startedFrom = async (ui: DiscoverPage): Promise<{ name: string; url: string | null }> => {
  const notice = ui.page
    .getByRole('region', { name: 'Notifications' })
    .getByRole('alert')
    .filter({ has: ui.page.getByText(/^Started \S+$/) })
    .last();
  await expect(notice).toBeVisible({ timeout: 60_000 });
  const name = /^Started (\S+)$/.exec((await notice.locator('.notice-title').textContent()) ?? '')?.[1] ?? '';
  started.push(name);
  // The notice comes whole: no "Published at" line now means the image publishes nothing.
  const published = notice.getByText(/^Published at /);
  const url = (await published.count()) > 0 ? await published.textContent() : null;
  return { name, url: url ? url.replace('Published at ', '') : null };
};

const discover = async (page: Page, url = berth.url): Promise<DiscoverPage> => {
  const ui = new DiscoverPage(page);
  await ui.open(url);
  return ui;
};

test('the catalog, tags and a tag’s platforms and sizes are shown as the registry reports them', async ({
  page,
}) => {
  const ui = await discover(page);
  await expect(ui.page.getByRole('list', { name: 'Registries' })).toContainText(fixture.registry.host);
  await ui.browse(fixture.registry.host);
  await expect(ui.repositories).toHaveText(Object.keys(fixture.repositories).sort());

  const tools = `discover-${unique}/tools`;
  await ui.repositories.filter({ hasText: tools }).click();
  await expect(ui.tags(tools)).toHaveText(await fixture.tags(tools));

  const { repository, tag } = fixture.web;
  await ui.openTag(repository, tag);
  const raw = await fixture.manifest(repository, tag);
  const size = (raw.body.layers as { size: number }[]).reduce((sum, layer) => sum + layer.size, 0);
  const engine = await docker('version', '--format', '{{.Server.Os}}/{{.Server.Arch}}');
  const row = ui.images(repository, tag).getByRole('row', { name: new RegExp(`^${engine}`) });
  await expect(row.getByRole('cell').nth(0)).toHaveText(/^\d+(\.\d)? (B|KiB|MiB)$/);
  await expect(row.getByRole('cell').nth(0)).toHaveAttribute('title', `${size} bytes`);
  await expect(row.getByRole('cell').nth(2)).toHaveText(raw.digest);
  await expect(
    page.getByText(fixture.pushedDigests[`${repository}:${tag}`] ?? 'no digest').first(),
  ).toBeVisible();

  // A manifest list: one row per platform, as the registry's index lists them.
  await ui.tags(repository).getByText(fixture.multi.tag, { exact: true }).click();
  await expect(ui.images(repository, fixture.multi.tag).getByRole('rowheader')).toHaveText([
    'linux/amd64',
    'linux/arm64/v8',
  ]);
});

test('a tag with no image for the engine’s platform says so before pulling and offers the platforms it has', async ({
  page,
}) => {
  const ui = await discover(page);
  await ui.browse(fixture.registry.host);
  await ui.openTag(fixture.foreign.repository, fixture.foreign.tag);
  const engine = await docker('version', '--format', '{{.Server.Os}}/{{.Server.Arch}}');
  const note = page.getByRole('note');
  await expect(note).toContainText(
    `No image of this tag runs on this engine (${engine}). It has: linux/s390x.`,
  );
  await expect(note.getByRole('button', { name: 'Pull for linux/s390x' })).toBeVisible();
  await expect(
    ui.button(`Run ${fixture.registry.host}/${fixture.foreign.repository}:${fixture.foreign.tag}`),
  ).toHaveCount(0);
});

test('deleting a tag asks first, and then the registry no longer has it', async ({ page }) => {
  const ui = await discover(page);
  await ui.browse(fixture.registry.host);
  const tools = `discover-${unique}/tools`;
  await ui.openTag(tools, 'b');
  await ui.button(`Delete tag ${tools}:b…`).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${tools}:b?` });
  await expect(dialog).toContainText(fixture.pushedDigests[`${tools}:b`] ?? 'no digest');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await fixture.tags(tools)).toContain('b');

  await ui.button(`Delete tag ${tools}:b…`).click();
  await dialog.getByRole('button', { name: 'Delete tag' }).click();
  await expect(dialog).toBeHidden();
  await expect(ui.status).toHaveText(`Deleted ${tools}:b from ${fixture.registry.host}.`);
  await expect(ui.tags(tools).getByText('b', { exact: true })).toHaveCount(0);
  await expect(ui.tags(tools)).toHaveText(await fixture.tags(tools));
  expect(await fixture.tags(tools)).not.toContain('b');
});

test('one click on REGISTRY/repo:tag: a running container, its port on 127.0.0.1 answering, a named volume, its logs open', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ui = await discover(page);
  await ui.browse(fixture.registry.host);
  const { repository, tag, marker } = fixture.web;
  const image = `${fixture.registry.host}/${repository}:${tag}`;
  await expect(docker('image', 'inspect', image)).rejects.toThrow();
  await ui.openTag(repository, tag);
  await ui.button(`Run ${image}`).click();
  const { name, url } = await startedFrom(ui);

  // The container's logs are open (the containers view, its detail on the Logs tab).
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  await expect(
    page.getByRole('tablist', { name: 'Container' }).getByRole('tab', { name: 'Logs', exact: true }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: `Logs of ${name}` })).toBeVisible();

  const facts = await runFacts(name);
  expect(facts.running).toBe(true);
  expect(facts.binding?.HostIp).toBe('127.0.0.1');
  expect(url).toBe(`http://127.0.0.1:${facts.binding?.HostPort ?? ''}/`);
  expect(facts.mounts).toEqual([expect.objectContaining({ Type: 'volume', Destination: '/data' })]);
  expect(facts.mounts[0]?.Name).toMatch(new RegExp(`^${name}-data(-\\d+)?$`));
  expect((await fetchText(`${url ?? ''}index.html`)).trim()).toBe(marker);

  // Kitematic's first screen remembers it.
  await ui.open(berth.url);
  await expect(page.getByRole('region', { name: 'Recently run' })).toContainText(image);
});

test('Customize… opens the run dialog pre-filled with the same defaults', async ({ page }) => {
  const ui = await discover(page);
  await ui.browse(fixture.registry.host);
  const { repository, tag } = fixture.web;
  const image = `${fixture.registry.host}/${repository}:${tag}`;
  await ui.openTag(repository, tag);
  await ui.button(`Customize ${image}…`).click();
  const dialog = page.getByRole('dialog', { name: /^New container/ });
  await expect(dialog).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByLabel('Image', { exact: true })).toHaveValue(image);
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue(/^web(-\d+)?$/);
  const command = dialog.getByRole('region', { name: 'Equivalent docker run command' });
  await expect(command).toContainText('127.0.0.1::8080');
  await expect(command).toContainText(/--mount type=volume,source=web(-\d+)?-data,target=\/data /);
});

test('a registry added by address is listed (and kept), one that is not browsable is refused with the rule', async ({
  page,
}) => {
  const ui = await discover(page);
  const field = page.getByRole('textbox', { name: 'Registry address' });
  await field.fill('docker.io');
  await ui.button('Add registry').click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Docker Hub has no catalog to browse: search it instead.')).toBeVisible();

  await field.fill('https://registry.example:5443/');
  await ui.button('Add registry').click();
  const registries = page.getByRole('list', { name: 'Registries' });
  await expect(registries.getByRole('listitem').filter({ hasText: 'registry.example:5443' })).toContainText(
    'no login',
  );
  await page.reload();
  await expect(ui.button('Forget registry.example:5443')).toBeVisible();
  await ui.button('Forget registry.example:5443').click();
  await expect(registries).not.toContainText('registry.example:5443');
});

test('Docker Hub offline: one clear message, and the rest of Discover still works', async ({ page }) => {
  const ui = await discover(page);
  await ui.search('busybox');
  const note = page.getByRole('note');
  await expect(note).toHaveText(
    /^Docker Hub is not available \(.+\)\. Search still works through the engine, and private registries are unaffected\.$/,
    { timeout: 20_000 },
  );
  await expect(note).toHaveCount(1);
  await ui.browse(fixture.registry.host);
  await expect(ui.repositories).toHaveText(Object.keys(fixture.repositories).sort());
});

test.describe('Docker Hub with recorded answers', () => {
  let hub: Server;
  let online: BerthWeb;
  const requests: string[] = [];

  test.beforeAll(async () => {
    hub = createServer((req, res) => {
      requests.push(req.url ?? '');
      const url = new URL(req.url ?? '/', 'http://hub.invalid');
      const body =
        url.pathname === '/v2/search/repositories/'
          ? HUB_SEARCH
          : url.pathname === '/v2/repositories/berth-test/busybox/'
            ? HUB_REPOSITORY
            : url.pathname === '/v2/repositories/berth-test/busybox/tags/'
              ? HUB_TAGS
              : null;
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body ?? { message: 'not recorded' }));
    });
    await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
    const address = hub.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    online = await startBerthWeb({
      DOCKER_CONFIG: fixture.configDir,
      XDG_CONFIG_HOME: dataDir,
      BERTH_HUB_URL: `http://127.0.0.1:${port}`,
    });
  });

  test.afterAll(async () => {
    await online.stop();
    await new Promise((resolve) => hub.close(resolve));
  });

  test('search and tags render from Hub’s API, and Run goes through the same pull-then-run path', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const ui = await discover(page, online.url);
    await ui.search('busybox');
    const results = page.getByRole('list', { name: 'Results for busybox' });
    await expect(results.getByRole('listitem')).toHaveCount(2);
    await expect(results.getByRole('listitem').nth(0)).toContainText('Busybox from scratch, for Berth tests');
    await expect(results.getByRole('listitem').nth(0)).toContainText('5.6M pulls');
    await expect(results.getByRole('listitem').nth(1)).toContainText('Official');
    expect(requests.some((r) => r.startsWith('/v2/search/repositories/?query=busybox'))).toBe(true);

    await ui.button('Tags of berth-test/busybox').click();
    await expect(
      page.getByText('BusyBox combines tiny versions of many common UNIX utilities'),
    ).toBeVisible();
    const tags = page.getByRole('table', { name: 'Tags of berth-test/busybox' });
    const latest = tags.getByRole('row', { name: /^latest/ });
    await expect(latest.getByText(/^linux\/amd64 /)).toHaveAttribute('title', '2155000 bytes');
    await expect(latest.getByText(/^linux\/arm64\/v8 /)).toHaveAttribute('title', '1930000 bytes');
    await expect(latest).toContainText('2026-11-29');

    // Pulling from Hub fails here (offline); the local copy of that image then runs.
    await ui.button('Run berth-test/busybox:latest').click();
    const { name } = await startedFrom(ui);
    expect(name).toMatch(/^busybox(-\d+)?$/);
    expect(await docker('inspect', '--format', '{{.Config.Image}}', name)).toBe('berth-test/busybox:latest');
  });
});
