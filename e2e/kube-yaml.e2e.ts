import { expect, test } from '@playwright/test';
import { docker, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { freePort } from '../electron/core/run/port-check.js';
import { ContainersPage } from './pages/containers-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-kube-yaml';
const NAME = 'e2e-kube-web';
const VOLUME = 'e2e-kube-data';
const berth = berthForSpec(SCOPE);

test.afterAll(async () => {
  await docker('volume', 'rm', '-f', VOLUME);
});

test('"Copy as Kubernetes YAML" on a container gives a Deployment, a Service and a claim, and says what it could not keep', async ({
  page,
}) => {
  const port = await freePort();
  await runTestContainer(
    NAME,
    SCOPE,
    ['-p', `127.0.0.1:${port}:80`, '-e', 'GREETING=hello kube', '-v', `${VOLUME}:/www`],
    ['httpd', '-f', '-p', '80', '-h', '/www'],
  );
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await ui
    .row(NAME)
    .getByRole('button', { name: `Open ${NAME}` })
    .click();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page
    .getByRole('group', { name: 'Settings' })
    .getByRole('button', { name: 'Copy as Kubernetes YAML' })
    .click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain('kind: "Deployment"');
  const yaml = await page.evaluate(() => navigator.clipboard.readText());
  expect(yaml).toContain(`hostPort: ${port}`);
  expect(yaml).toContain('- name: "GREETING"\n          value: "hello kube"');
  expect(yaml).toContain('kind: "Service"');
  expect(yaml).toContain(`kind: "PersistentVolumeClaim"\nmetadata:\n  name: "${VOLUME}"`);
  expect(yaml).toContain(
    '# - e2e-kube-web: restart "no" (a Deployment always restarts; use kind Pod to keep it)',
  );
  await expect(
    page.getByText('Not translated for e2e-kube-web (listed at the top of the YAML)'),
  ).toBeVisible();
});
