import { expect, test } from '@playwright/test';
import { docker, removeTestContainers, runTestContainer } from '../../electron/core/testing/docker-cli.js';
import { ContainerDetailPage } from '../pages/container-detail-page.js';
import { ContainersPage } from '../pages/containers-page.js';
import {
  electronPresent,
  launchBerth,
  launchSecondInstance,
  noEngine,
  skipReason,
  type RunningBerth,
} from './support/electron-app.js';

/*
 * The desktop app itself: the built Berth in the real Electron binary against a real engine.
 * Where no binary exists every test here is skipped with the reason (never counted as passed).
 */
test.skip(!electronPresent, skipReason);
test.skip(noEngine, 'no engine on this runner: the no-engine suite covers it (no-engine.electron.ts)');

const SCOPE = 'e2e-electron';

/** The tray model as the shell last showed it (read through the opt-in test hooks). */
interface TrayItem {
  readonly type: string;
  readonly label?: string;
  readonly items?: readonly TrayItem[];
}

let berth: RunningBerth;

test.beforeAll(async () => {
  await removeTestContainers(SCOPE);
  berth = await launchBerth();
});

test.afterAll(async () => {
  await berth.close();
  await removeTestContainers(SCOPE);
});

const ui = (): ContainersPage => new ContainersPage(berth.window);

const openDetail = async (name: string): Promise<ContainerDetailPage> => {
  await ui()
    .row(name)
    .getByRole('button', { name: `Open ${name}` })
    .click();
  await expect(berth.window.getByRole('heading', { name })).toBeVisible();
  return new ContainerDetailPage(berth.window, name);
};

const backToList = async (): Promise<void> => {
  await berth.window
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Containers' })
    .click();
  await expect(berth.window.getByRole('heading', { name: 'Containers' })).toBeVisible();
};

test('the window loads Berth from app://berth, not file:// or a dev server', async () => {
  expect(berth.window.url()).toMatch(/^app:\/\/berth\//);
  await expect(berth.window.getByRole('heading', { name: 'Containers' })).toBeVisible();
  // The page has the preload's bridge and nothing of Node.
  expect(await berth.window.evaluate(() => typeof (window as { berth?: unknown }).berth)).toBe('object');
  expect(await berth.window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
});

test('the list is live: a container started and stopped with the CLI shows within seconds', async () => {
  const id = await runTestContainer('e2e-el-live', SCOPE);
  await expect(ui().state('e2e-el-live')).toHaveText('running', { timeout: 5_000 });
  await docker('stop', '-t', '0', id);
  await expect(ui().state('e2e-el-live')).toHaveText('exited', { timeout: 5_000 });
});

test('a log console and an exec terminal work over Electron IPC', async () => {
  await runTestContainer('e2e-el-detail', SCOPE, [], ['sh', '-c', 'echo hello-from-electron; sleep 3600']);
  const detail = await openDetail('e2e-el-detail');
  await expect(detail.logs).toContainText('hello-from-electron');
  await detail.tab('Terminal').click();
  await detail.button('New session').click();
  await expect(berth.window.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await detail.typeInTerminal('echo $((6*7))');
  await expect(detail.terminal()).toContainText('42');
  await backToList();
});

test('Copy as docker run puts the command on the system clipboard', async () => {
  await runTestContainer('e2e-el-copy', SCOPE, ['-e', 'GREETING=hi']);
  await berth.app.evaluate(({ clipboard }) => {
    void clipboard.writeText('before');
  });
  await openDetail('e2e-el-copy');
  await berth.window
    .getByRole('group', { name: 'Settings' })
    .getByRole('button', { name: 'Copy as docker run' })
    .click();
  await expect
    .poll(() => berth.app.evaluate(({ clipboard }) => clipboard.readText()))
    .toMatch(/^docker run -d --name e2e-el-copy .*-e GREETING=hi /);
  await backToList();
});

test('an external link asks for confirmation first, and Cancel opens nothing', async () => {
  await runTestContainer('e2e-el-link', SCOPE, ['-p', '127.0.0.1::80'], ['httpd', '-f', '-p', '80']);
  // Answer the native dialog as a user pressing Cancel would, and record what it showed.
  await berth.app.evaluate(({ dialog, shell }) => {
    const record = { asked: [] as string[], opened: [] as string[] };
    Object.assign(globalThis, { linkRecord: record });
    dialog.showMessageBox = (...args: unknown[]) => {
      const options = args.at(-1) as { detail?: string };
      record.asked.push(options.detail ?? '');
      return Promise.resolve({ response: 1, checkboxChecked: false });
    };
    shell.openExternal = (url: string) => {
      record.opened.push(url);
      return Promise.resolve();
    };
  });
  const link = ui()
    .row('e2e-el-link')
    .getByRole('button', { name: /^Open http:\/\/127\.0\.0\.1:\d+$/ });
  await link.click();
  const record = () =>
    berth.app.evaluate(
      () => (globalThis as unknown as { linkRecord: { asked: string[]; opened: string[] } }).linkRecord,
    );
  await expect
    .poll(async () => (await record()).asked)
    .toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/$/)]);
  expect((await record()).opened).toEqual([]);
});

test('navigation away and new windows are refused, and the refusals are logged', async () => {
  const before = berth.window.url();
  await berth.window.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  const opened = await berth.window.evaluate(() => window.open('https://example.com/popup') === null);
  expect(opened).toBe(true);
  await expect
    .poll(() => berth.stderr())
    .toContain('Berth refused security/navigation: https://example.com/');
  expect(berth.stderr()).toContain('Berth refused security/window-open: https://example.com/popup');
  expect(berth.window.url()).toBe(before);
  expect(berth.app.windows()).toHaveLength(1);
});

test('a message from a sub-frame is refused and logged, with no answer', async () => {
  // A sub-frame has no preload (nodeIntegrationInSubFrames is off), so it cannot post by itself:
  // the message is delivered to the real adapter as Electron would deliver it, with the real
  // WebFrameMain of a real iframe as its sender frame.
  await berth.window.evaluate(() => {
    const frame = document.createElement('iframe');
    frame.title = 'probe';
    frame.srcdoc = '<p>probe</p>';
    document.body.append(frame);
  });
  const result = await berth.app.evaluate(async ({ BrowserWindow, ipcMain }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    if (!contents) return { error: 'no window' };
    for (let i = 0; i < 100 && contents.mainFrame.frames.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const child = contents.mainFrame.frames[0];
    if (!child) return { error: 'no sub-frame' };
    let sent = 0;
    const send = contents.send.bind(contents);
    contents.send = (...args: Parameters<typeof send>) => {
      sent++;
      send(...args);
    };
    ipcMain.emit(
      'berth:message',
      { sender: contents, senderFrame: child },
      { t: 'invoke', id: 999_999, channel: 'engine.info', payload: {} },
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    contents.send = send;
    return { sent };
  });
  expect(result).toEqual({ sent: 0 });
  await expect.poll(() => berth.stderr()).toContain('Berth refused ipc/sub-frame');
});

test("the tray's menu follows container events", async () => {
  const trayModel = () =>
    berth.app.evaluate(() =>
      (
        globalThis as unknown as { berthTest: { trayModel: () => { items: TrayItem[] } | null } }
      ).berthTest.trayModel(),
    );
  const labels = async (): Promise<string[]> => {
    const model = await trayModel();
    const walk = (items: readonly TrayItem[]): string[] =>
      items.flatMap((item) => [item.label ?? '', ...walk(item.items ?? [])]);
    return model ? walk(model.items) : [];
  };
  const stoppedSection = async (): Promise<string[]> => {
    const model = await trayModel();
    const stopped = model?.items.find((item) => item.label?.startsWith('Stopped ('));
    return (stopped?.items ?? []).map((item) => item.label ?? '');
  };
  const id = await runTestContainer('e2e-el-tray', SCOPE);
  await expect.poll(labels).toContain('e2e-el-tray');
  expect(await stoppedSection()).not.toContain('e2e-el-tray');
  await docker('stop', '-t', '0', id);
  await expect.poll(stoppedSection).toContain('e2e-el-tray');
  await docker('rm', id);
  await expect.poll(labels).not.toContain('e2e-el-tray');
});

test('a second launch focuses the running window and exits', async () => {
  await berth.app.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]?.minimize();
  });
  await expect
    .poll(() => berth.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isMinimized()))
    .toBe(true);
  expect(await launchSecondInstance(berth.userDataDir)).toBe(0);
  await expect
    .poll(() =>
      berth.app.evaluate(({ BrowserWindow }) => {
        const win = BrowserWindow.getAllWindows()[0];
        return win ? { minimized: win.isMinimized(), visible: win.isVisible() } : null;
      }),
    )
    .toEqual({ minimized: false, visible: true });
  expect(berth.app.windows()).toHaveLength(1);
});
