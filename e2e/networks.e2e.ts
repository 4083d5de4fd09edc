import { expect, test } from '@playwright/test';
import { docker, runTestContainer, TEST_LABEL } from '../electron/core/testing/docker-cli.js';
import { ContainerDetailPage } from './pages/container-detail-page.js';
import { ContainersPage } from './pages/containers-page.js';
import { NetworksPage } from './pages/networks-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-networks';
const NET = `e2e-net-${process.pid}`;
const LABEL = `${TEST_LABEL}=${SCOPE}`;

const removeScopeNetworks = async (): Promise<void> => {
  const ids = await docker('network', 'ls', '-q', '--filter', `label=${LABEL}`);
  if (ids) await docker('network', 'rm', ...ids.split('\n'));
};

const berth = berthForSpec(SCOPE);
// Each test walks several dialogs and views; the shared 2-core machine is often loaded.
test.describe.configure({ timeout: 120_000 });
test.beforeAll(removeScopeNetworks);
// Registered after berthForSpec's hook, so containers are gone (detached) before networks go.
test.afterAll(removeScopeNetworks);

test('invalid CIDRs show a message on their field and create nothing', async ({ page }) => {
  const ui = new NetworksPage(page);
  await ui.open(berth().url);
  for (const [fields, field, message] of [
    [{ Subnet: '10.123.0.0/33' }, 'Subnet', /prefix length must be a number from 0 to 32/],
    [{ Subnet: '300.1.0.0/24' }, 'Subnet', /not a valid IPv4 or IPv6 address/],
    [{ Subnet: '10.123.0.0/24', Gateway: '10.124.0.1' }, 'Gateway', /outside the subnet 10\.123\.0\.0\/24/],
    // The engine refuses an IP range with host bits set ("it should be 10.123.0.0/25").
    [
      { Subnet: '10.123.0.0/24', 'IP range': '10.123.0.5/25' },
      'IP range',
      /host bits set; the range is 10\.123\.0\.0\/25/,
    ],
  ] as const) {
    await ui.create({ Name: `${NET}-bad`, Labels: LABEL, ...fields });
    await expect(ui.dialog.getByRole('alert')).toHaveText(/not created: fix the marked fields/);
    await expect(ui.field(field)).toHaveAttribute('aria-invalid', 'true');
    await expect(ui.field(field)).toHaveAccessibleDescription(message);
    await ui.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(ui.dialog).toHaveCount(0);
  }
  expect(await docker('network', 'ls', '-q', '--filter', `label=${LABEL}`)).toBe('');
  expect(await docker('network', 'ls', '-q', '--filter', `name=${NET}-bad`)).toBe('');
});

test('create 10.123.0.0/24, connect a container at 10.123.0.42, see the address on both sides', async ({
  page,
}) => {
  await runTestContainer(`${NET}-c`, SCOPE);
  const ui = new NetworksPage(page);
  await ui.open(berth().url);
  await ui.create({ Name: NET, Subnet: '10.123.0.0/24', Gateway: '10.123.0.1', Labels: LABEL });
  await expect(ui.dialog).toHaveCount(0);
  await expect(ui.row(NET)).toContainText('10.123.0.0/24 via 10.123.0.1');
  expect(await docker('network', 'inspect', '--format', '{{json .Labels}}', NET)).toBe(
    JSON.stringify({ [TEST_LABEL]: SCOPE }),
  );

  await ui
    .row(NET)
    .getByRole('button', { name: `Connect a container to ${NET}` })
    .click();
  await ui.dialog.getByLabel('Container').selectOption({ label: `${NET}-c` });
  // Outside the subnet first: refused on the field, nothing connected.
  await ui.field('IPv4 address').fill('10.123.1.42');
  await ui.dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(ui.field('IPv4 address')).toHaveAccessibleDescription(/outside the subnet 10\.123\.0\.0\/24/);
  await ui.field('IPv4 address').fill('10.123.0.42');
  await ui.field('Alias').fill('probe');
  await ui.dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(ui.dialog).toHaveCount(0);

  // Live: the row lists the container with its address without a reload.
  await expect(ui.row(NET).getByRole('list', { name: `Containers on ${NET}` })).toContainText(
    `${NET}-c 10.123.0.42`,
  );
  await ui
    .row(NET)
    .getByRole('button', { name: `Open ${NET}` })
    .click();
  await expect(ui.attached(NET).getByRole('row', { name: `${NET}-c` })).toContainText('10.123.0.42');
  await ui.page.getByText('Inspect JSON').click();
  await expect(ui.page.getByRole('tree', { name: `Inspect document of ${NET}` })).toBeVisible();

  // The container's own network list shows the same address.
  const containers = new ContainersPage(page);
  await containers.open(berth().url);
  await containers
    .row(`${NET}-c`)
    .getByRole('button', { name: `Open ${NET}-c` })
    .click();
  const detail = new ContainerDetailPage(page, `${NET}-c`);
  await detail.tab('Inspect').click();
  await expect(page.getByRole('listitem').filter({ hasText: NET })).toContainText('10.123.0.42');
});

test('removing bridge is refused with the reason; an attached network names its containers', async ({
  page,
}) => {
  const ui = new NetworksPage(page);
  await ui.open(berth().url);
  await ui.row('bridge').getByRole('button', { name: 'Remove bridge' }).click();
  await expect(ui.dialog.getByRole('alert')).toHaveText(/"bridge" is one of Docker's built-in networks/);
  await expect(ui.dialog.getByRole('button', { name: 'Remove', exact: true })).toHaveCount(0);
  await ui.dialog.getByRole('button', { name: 'Close' }).click();
  expect(await docker('network', 'ls', '-q', '--filter', 'name=^bridge$')).not.toBe('');

  await ui
    .row(NET)
    .getByRole('button', { name: `Remove ${NET}` })
    .click();
  await expect(ui.dialog.getByRole('alert')).toHaveText(
    `The network "${NET}" is in use by the container ${NET}-c; disconnect or remove it first.`,
  );
  await ui.dialog.getByRole('button', { name: 'Close' }).click();

  // Disconnect, then the removal goes through and the row disappears.
  await ui
    .row(NET)
    .getByRole('button', { name: `Open ${NET}` })
    .click();
  await ui
    .attached(NET)
    .getByRole('button', { name: `Disconnect ${NET}-c` })
    .click();
  await expect(ui.row(NET)).toContainText('none');
  await ui
    .row(NET)
    .getByRole('button', { name: `Remove ${NET}` })
    .click();
  await ui.dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(ui.row(NET)).toHaveCount(0);
  expect(await docker('network', 'ls', '-q', '--filter', `label=${LABEL}`)).toBe('');
});

test('the networks view opens the shared prune dialog for networks only', async ({ page }) => {
  const unused = `${NET}-unused`;
  await docker('network', 'create', '--label', LABEL, unused);
  const ui = new NetworksPage(page);
  await ui.open(berth().url);
  await ui.button('Prune unused networks…').click();
  const dialog = page.getByRole('dialog', { name: 'Prune' });
  await expect(dialog.getByRole('checkbox', { name: 'Unused networks' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Stopped containers' })).not.toBeChecked();
  // Narrowed to this spec's label: the engine is shared.
  await dialog.getByLabel('Only items with label').fill(LABEL);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('list', { name: 'Unused networks' }).getByRole('listitem')).toHaveText([
    new RegExp(`^${unused} · `),
  ]);
  await dialog.getByRole('button', { name: 'Remove 1 item' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Removed / })).toHaveText(/^Removed 1 item, /);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(ui.row(unused)).toHaveCount(0);
  expect(await docker('network', 'ls', '-q', '--filter', `label=${LABEL}`)).toBe('');
});
