import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { liveProcesses } from '../electron/core/testing/processes.js';
import { startTestRegistry, type TestRegistry } from '../electron/core/testing/registry.js';
import { ImagesPage } from './pages/images-page.js';
import { startBerthWeb, type BerthWeb } from './support/berth-web.js';

/**
 * A credential helper that hangs (a locked keychain): a real executable on Berth's PATH,
 * configured in Berth's own docker config. It records its pid and its child's, and waits on a
 * child that sleeps far past any deadline, so only killing its process group ends both.
 */
const HANG = 'docker-credential-berthhang';
const HANG_SCRIPT = `#!/bin/sh
echo $$ >> "$BERTH_HELPER_DIR/hang.pids"
sleep 600 &
echo $! >> "$BERTH_HELPER_DIR/hang.pids"
wait
`;

let berth: BerthWeb;
let registry: TestRegistry;
let dir: string;

const hangPids = async (): Promise<number[]> =>
  (await readFile(join(dir, 'hang.pids'), 'utf8').catch(() => '')).split('\n').filter(Boolean).map(Number);
const helperCount = async (): Promise<number> => (await liveProcesses(HANG, await hangPids())).length;

test.beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'berth-e2e-helper-'));
  await writeFile(join(dir, HANG), HANG_SCRIPT, { mode: 0o755 });
  registry = await startTestRegistry();
  await writeFile(
    join(dir, 'config.json'),
    JSON.stringify({ credHelpers: { [registry.host]: 'berthhang' } }),
  );
  // Berth's own docker config and PATH: the test never touches ~/.docker.
  berth = await startBerthWeb({
    DOCKER_CONFIG: dir,
    PATH: `${dir}:${process.env.PATH ?? ''}`,
    BERTH_HELPER_DIR: dir,
  });
});

test.beforeEach(async () => {
  await rm(join(dir, 'hang.pids'), { force: true });
});

test.afterAll(async () => {
  await berth.stop();
  await registry.stop();
  for (const p of await liveProcesses(HANG, await hangPids())) process.kill(p.pid, 'SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

test('a pull waiting for a hanging credential helper says so, and Cancel ends it within 1 s with no helper left', async ({
  page,
}) => {
  const reference = `${registry.host}/berth-test/hang:1`;
  const title = `Pull ${reference}`;
  const ui = new ImagesPage(page);
  await ui.open(berth.url);
  await ui.pull(reference);
  await expect(ui.transfer(title).getByRole('status')).toHaveText(`Asking ${HANG} for credentials…`);
  await expect.poll(helperCount, { timeout: 10_000 }).toBe(2);

  await ui.transfer(title).getByRole('button', { name: 'Cancel' }).click();
  // The helper's own deadline is 30 s: an end within 1 s is the cancel.
  await expect(ui.transfer(title).getByRole('status')).toHaveText('Cancelled: nothing was pulled.', {
    timeout: 1_000,
  });
  await expect.poll(helperCount, { timeout: 2_000 }).toBe(0);
});

test('the login dialog closed with Cancel while the helper stores ends the helper', async ({ page }) => {
  const ui = new ImagesPage(page);
  await ui.open(berth.url);
  await page.getByRole('button', { name: 'Log in to a registry…' }).click();
  await ui.loginDialog.getByRole('textbox', { name: 'Registry' }).fill(registry.host);
  await ui.logIn(registry.username, registry.password);
  // The engine accepted the credentials; the helper now hangs storing them.
  await expect.poll(helperCount, { timeout: 10_000 }).toBe(2);

  await ui.loginDialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(ui.loginDialog).toBeHidden();
  await expect.poll(helperCount, { timeout: 1_000 }).toBe(0);
});
