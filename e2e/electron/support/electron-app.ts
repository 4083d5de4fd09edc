import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';

/*
 * Launching the built Berth in the real Electron binary. The binary is found where
 * node_modules/electron/index.js finds it, without requiring that module (requiring it
 * downloads the binary when it is missing, which these tests must never do).
 */

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const ELECTRON_DIR = path.join(REPO_ROOT, 'node_modules', 'electron');

/** The Electron executable, or null with the reason it is not usable here. */
const findElectron = (): { path: string } | { reason: string } => {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      reason:
        'no Electron binary on this machine: node_modules/electron/path.txt is missing (download failed or never ran)',
    };
  }
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(ELECTRON_DIR, 'dist');
  const binary = path.join(dist, readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `no Electron binary on this machine: ${binary} is missing` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return {
      reason: 'no display for Electron: neither DISPLAY nor WAYLAND_DISPLAY is set (run under xvfb-run)',
    };
  }
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'electron', 'shell', 'main.js'))) {
    return { reason: 'Berth is not built: run npm run build first' };
  }
  return { path: binary };
};

const found = findElectron();
export const electronPath: string | null = 'path' in found ? found.path : null;
export const electronPresent = electronPath !== null;
/** Why the suite skips, for the test summary. */
export const skipReason = 'reason' in found ? found.reason : '';

/** Windows and macOS CI have no engine: there the suite checks the no-engine screen only. */
export const noEngine = process.env.BERTH_ELECTRON_NO_ENGINE === '1';

export interface RunningBerth {
  readonly app: ElectronApplication;
  readonly window: Page;
  readonly userDataDir: string;
  /** Everything the main process printed on stderr so far (refusals are logged there). */
  readonly stderr: () => string;
  close(): Promise<void>;
}

const launchArgs = (userDataDir: string): string[] => [REPO_ROOT, `--user-data-dir=${userDataDir}`];

/** Starts Berth with its own userData folder (so its single-instance lock is its own). */
export const launchBerth = async (env: NodeJS.ProcessEnv = {}): Promise<RunningBerth> => {
  if (!electronPath) throw new Error(skipReason);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'berth-electron-'));
  const app = await _electron.launch({
    executablePath: electronPath,
    args: launchArgs(userDataDir),
    env: { ...process.env, ...env, BERTH_TEST_HOOKS: '1' },
    timeout: 60_000,
  });
  let stderr = '';
  app.process().stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const window = await app.firstWindow();
  return {
    app,
    window,
    userDataDir,
    stderr: () => stderr,
    async close() {
      await app.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
};

/** A second launch with the same userData folder, as a user double-clicking the app again; its exit code. */
export const launchSecondInstance = (userDataDir: string): Promise<number | null> =>
  new Promise((resolve, reject) => {
    if (!electronPath) {
      reject(new Error(skipReason));
      return;
    }
    const child = spawn(electronPath, launchArgs(userDataDir), { stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the second instance did not exit within 30 s'));
    }, 30_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
