import { expect, test, type WebSocket } from '@playwright/test';
import { docker, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainerDetailPage } from './pages/container-detail-page.js';
import { ContainersPage } from './pages/containers-page.js';
import { RunDialogPage } from './pages/run-dialog-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-run-limits';
const TICKER = 'berth-e2e-limits-ticker';
const berth = berthForSpec(SCOPE);

/** `count` lines of `.env` text, each value `bytes` long (within the per-value rule of 32 KB). */
const envLines = (count: number, bytes: number): string =>
  Array.from({ length: count }, (_, i) => `BIG_${i + 1}=${String(i % 10).repeat(bytes)}`).join('\n');

const ticks = async (detail: ContainerDetailPage): Promise<number> => {
  const text = await detail.logs.innerText();
  return Math.max(0, ...Array.from(text.matchAll(/tick-(\d+)/g), (m) => Number(m[1])));
};

test('the largest form the dialog accepts is created, a larger one is refused with a field message; the socket and the log stream in the tab go on', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const sockets: WebSocket[] = [];
  const closed: string[] = [];
  page.on('websocket', (ws) => {
    sockets.push(ws);
    ws.on('close', () => closed.push(ws.url()));
  });
  await runTestContainer(
    TICKER,
    SCOPE,
    [],
    ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo tick-$i; sleep 0.2; done'],
  );
  const ui = new ContainersPage(page);
  await ui.open(berth().url);
  await ui
    .row(TICKER)
    .getByRole('button', { name: `Open ${TICKER}` })
    .click();
  const detail = new ContainerDetailPage(page, TICKER);
  await expect(detail.logs).toContainText('tick-3');

  // The dialog opens over the detail: its log stream stays subscribed behind it.
  await detail.button('Clone').click();
  const run = new RunDialogPage(page);
  await expect(run.dialog).toBeVisible();
  const submit = run.button('Create clone');
  const name = `${TICKER}-big`;
  await run.field('Name').fill(name);

  // Nine values of 30,000 bytes: each within its own rule, together more than one message holds.
  await run.field('Paste .env lines').fill(envLines(9, 30_000));
  await run.button('Add pasted variables').click();
  const tooLarge = run.dialog.getByText(
    /^The form is too large to send \(\d+ KB; at most 252 KB\): the environment variables take \d+ KB\.$/,
  );
  await expect(tooLarge).toBeVisible();
  await expect(submit).toBeDisabled();

  // One fewer fits (about 240 KB): it is sent, and the engine creates it with every byte.
  await run.button('Remove variable 9').click();
  await expect(tooLarge).toBeHidden();
  await expect(submit).toBeEnabled();
  const before = await ticks(detail);
  await submit.click();
  await expect(run.dialog).toBeHidden({ timeout: 30_000 });
  const env = await docker('inspect', '--format', '{{range .Config.Env}}{{println .}}{{end}}', name);
  const big = env.split('\n').filter((line) => line.startsWith('BIG_'));
  expect(big).toHaveLength(8);
  for (const [i, line] of big.entries()) expect(line).toBe(`BIG_${i + 1}=${String(i % 10).repeat(30_000)}`);

  // Nothing dropped the link: one socket all along, and the log stream behind the dialog kept going.
  await expect.poll(() => ticks(detail), { timeout: 10_000 }).toBeGreaterThan(before + 5);
  expect(sockets).toHaveLength(1);
  expect(closed).toEqual([]);
});
