import { expect, test, type Locator, type Page } from '@playwright/test';
import { docker, runTestContainer } from '../electron/core/testing/docker-cli.js';
import { ContainerDetailPage } from './pages/container-detail-page.js';
import { ContainersPage } from './pages/containers-page.js';
import { NetworksPage } from './pages/networks-page.js';
import { berthForSpec } from './support/spec-server.js';

const SCOPE = 'e2e-hostile';
const berth = berthForSpec(SCOPE);
// No network needed: the containers only print.
const QUIET = ['--network', 'none'];

const openDetail = (ui: ContainersPage, name: string): Promise<ContainerDetailPage> =>
  ContainerDetailPage.open(ui, berth().url, name);

const matches = (page: Page) => page.getByRole('status').filter({ hasText: /match/ });

test('log output with clear-screen and cursor codes leaves every earlier line in place and searchable; colours still render', async ({
  page,
}) => {
  // Unfiltered, binary output made xterm log "Parsing error"s (1,272 for 200 KB of random bytes).
  const parserErrors: string[] = [];
  page.on('console', (message) => {
    if (/xterm|pars(e|ing)/i.test(message.text())) parserErrors.push(message.text());
  });
  // Between numbered lines: clear screen + home, cursor up + erase line, cursor position +
  // erase below, reset, alternate screen, a title OSC, an OSC 8 link, a bare CR, backspaces,
  // and every byte value once (binary output).
  const script = [
    "printf 'line-01\\n\\033[2J\\033[Hline-02\\n'",
    "printf '\\033[1A\\033[2Kline-03\\n\\033[5;1H\\033[Jline-04\\n'",
    "printf '\\033c\\033[?1049hline-05\\n\\033]0;pwned\\007line-06\\n'",
    "printf '\\033]8;;http://example.invalid/\\033\\\\line-07\\033]8;;\\033\\\\\\n'",
    "printf 'line-08\\rline-09\\n12345\\b\\b\\b\\bline-10\\n'",
    "printf 'line-11 \\033[31mRED-TEXT\\033[0m plain\\n'",
    'i=0; while [ $i -lt 256 ]; do printf "\\\\$(printf %o $i)"; i=$((i+1)); done',
    "printf '\\nline-12\\n'",
    'sleep 3600',
  ].join('; ');
  await runTestContainer('e2e-escapes', SCOPE, QUIET, ['sh', '-c', script]);
  const detail = await openDetail(new ContainersPage(page), 'e2e-escapes');
  await expect(detail.logs).toContainText('line-12');

  for (let n = 1; n <= 12; n++) {
    const line = `line-${String(n).padStart(2, '0')}`;
    await expect(detail.logs).toContainText(line);
    await detail.logSearch.fill(line);
    await expect(matches(page)).toHaveText(/^1 of 1 match/);
  }
  const red = detail.logs.locator('span', { hasText: /^RED-TEXT$/ });
  await expect(red).toHaveClass(/xterm-fg-1\b/);
  await expect(detail.logs.locator('span', { hasText: /plain$/ }).first()).not.toHaveClass(/xterm-fg-1\b/);
  // The link escape is gone: its text is plain text, not a hyperlink.
  await expect(page.getByRole('link', { name: /example\.invalid/ })).toHaveCount(0);
  expect(parserErrors).toEqual([]);
});

test('a container up for 10 minutes reads "Up 10 minutes" without any event', async ({ page }) => {
  // The page's clock is Playwright's: ten minutes pass in it at once, and nothing happens in the engine.
  await page.clock.install();
  const ui = new ContainersPage(page);
  await runTestContainer('e2e-aging-up', SCOPE, QUIET);
  const exited = await runTestContainer('e2e-aging-exited', SCOPE, QUIET, ['sh', '-c', 'exit 3']);
  await docker('wait', exited);
  await ui.open(berth().url);
  const status = (name: string) => ui.row(name).getByRole('gridcell').nth(4);
  await expect(status('e2e-aging-up')).toHaveText(/^Up (Less than a second|\d+ seconds?)$/);
  await expect(status('e2e-aging-exited')).toHaveText(/^Exited \(3\) (Less than a second|\d+ seconds?) ago$/);

  await page.clock.fastForward('10:00');
  await expect(status('e2e-aging-up')).toHaveText('Up 10 minutes');
  await expect(status('e2e-aging-exited')).toHaveText('Exited (3) 10 minutes ago');
});

/** The text shows each hidden character as a marker inside an isolate, and none of them raw. */
const expectMarked = async (scope: Locator, markers: readonly string[]): Promise<void> => {
  for (const marker of markers) {
    const mark = scope.locator('bdi > abbr.hidden-char', { hasText: marker }).first();
    await expect(mark).toBeVisible();
    await expect(mark).toHaveAttribute('title', /^Hidden character: /);
  }
  expect(await scope.innerText()).not.toMatch(/[\u202a-\u202e\u200b-\u200f\u2066-\u2069\u2060\ufeff\u061c]/);
};

test('labels with U+202E and U+200B are shown isolated and visibly marked in every view that shows them', async ({
  page,
}) => {
  const rlo = 'evil\u202etxt.exe';
  const zwsp = 'ad\u200bmin';
  const network = `e2e-spoof-\u202enet`;
  await docker('network', 'create', '--label', `note=${zwsp}`, network);
  try {
    await runTestContainer(
      'e2e-spoof',
      SCOPE,
      [
        ...QUIET,
        '--label',
        `com.docker.compose.project=${rlo}`,
        '--label',
        'com.docker.compose.service=web',
        '--label',
        `note=${zwsp}`,
      ],
      ['sh', '-c', `echo ${rlo}; sleep 3600`],
    );
    const ui = new ContainersPage(page);
    await ui.open(berth().url);
    // The list: the project's group row.
    await expectMarked(ui.grid, ['⟨U+202E⟩']);

    // Inspect: the labels and the command.
    await ui.row('e2e-spoof').getByRole('button', { name: 'Open e2e-spoof' }).click();
    const detail = new ContainerDetailPage(page, 'e2e-spoof');
    await detail.tab('Inspect').click();
    const labels = page.getByRole('region', { name: 'Labels' });
    await expectMarked(labels, ['⟨U+202E⟩', '⟨U+200B⟩']);
    await expectMarked(page.getByRole('region', { name: 'Overview' }), ['⟨U+202E⟩']);

    // The projects view: the card's heading.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    const card = page.getByRole('article', { name: 'evil⟨U+202E⟩txt.exe' });
    await expectMarked(card.getByRole('heading'), ['⟨U+202E⟩']);

    // Networks: the name in the list, and the label in its detail.
    const networks = new NetworksPage(page);
    await networks.open(berth().url);
    const row = networks.table.getByRole('row').filter({ hasText: 'e2e-spoof-⟨U+202E⟩net' });
    await expectMarked(row, ['⟨U+202E⟩']);
    await row.getByRole('button', { name: `Open ${network}` }).click();
    await expectMarked(page.getByRole('definition').filter({ hasText: 'note=' }), ['⟨U+200B⟩']);
  } finally {
    await docker('network', 'rm', network);
  }
});
