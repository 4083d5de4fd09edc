/*
 * Berth's Electron main process, in the order things happen. Each step is one function below;
 * the logic behind them lives in small modules that are tested without Electron.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import {
  BrowserWindow,
  Menu,
  app,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  shell,
  type OpenDialogOptions,
  type Session as ElectronSession,
} from 'electron';
import { createBackend, type Backend, type PickPathRequest } from '../core/index.js';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin.js';
import { appMenuTemplate } from './app-menu.js';
import { APP_SCHEME_PRIVILEGED, createAppProtocolHandler } from './app-protocol.js';
import {
  DESKTOP_SETTINGS_FILE,
  createSettingsStore,
  supportedSettings,
  type DesktopSettings,
  type SettingsStore,
} from './desktop-settings.js';
import { downloadDecision } from './download-policy.js';
import { createIpcAdapter, type IpcAdapter } from './ipc-adapter.js';
import { nodeSpawner, resolveLoginPath } from './login-path.js';
import { createOpenExternal } from './open-external.js';
import { createRefusalLog } from './refusal-log.js';
import { guardSession, setupSecurity, type SecurityOptions } from './security.js';
import { setupTray, type TrayHandle } from './tray.js';
import { mainWindowOptions } from './window-options.js';
import {
  WINDOW_STATE_FILE,
  loadWindowState,
  restoreBounds,
  saveWindowState,
  trackWindowState,
} from './window-state.js';

/** Where the built app lives: next to package.json, inside app.asar when packaged. */
const appRoot = app.getAppPath();
const paths = {
  renderer: path.join(appRoot, 'dist', 'renderer'),
  preload: path.join(appRoot, 'dist', 'electron', 'preload', 'preload.cjs'),
  assets: path.join(appRoot, 'assets'),
};

let mainWindow: BrowserWindow | null = null;
let ipc: IpcAdapter | null = null;
let tray: TrayHandle | null = null;

/** Every refusal (navigation, window, permission, download, IPC sender) leaves a line, rate-limited. */
const refusals = createRefusalLog({
  write: (line) => {
    console.warn(line);
  },
});
const securityOptions: SecurityOptions = {
  onRefuse: (what, detail) => {
    refusals('security', what, detail);
  },
  isOwnContents: (contents) =>
    mainWindow !== null && !mainWindow.isDestroyed() && contents === mainWindow.webContents,
};

const main = (): void => {
  // Before ready: these only take effect when called before the app is ready.
  setupSecurity(app, securityOptions);
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGED]);
  if (process.platform === 'win32') app.setAppUserModelId('dev.berth.app');
  // Asked now, while Electron starts; backend.start() waits for it, so the engine connection and
  // the CLIs it runs (compose, credential helpers) see the user's PATH.
  const loginPath = setupLoginPath();

  const settings = createSettingsStore(
    path.join(app.getPath('userData'), DESKTOP_SETTINGS_FILE),
    process.platform,
  );
  const backend = createBackend({
    host: { openExternal: confirmAndOpenExternal(), pickPath },
    dataDir: app.getPath('userData'),
  });
  setupLifecycle(backend, settings);

  app
    .whenReady()
    .then(async () => {
      guardSession(session.defaultSession, securityOptions);
      setupDownloads(session.defaultSession);
      setupMenu(settings);
      setupProtocol(backend);
      ipc = setupIpc(backend);
      showMainWindow();
      tray = setupTrayIfPossible(backend);
      exposeTestHooks();
      await loginPath;
      backend.start();
    })
    .catch((err: unknown) => {
      dialog.showErrorBox('Berth could not start', err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
};

/** Serves dist/renderer as app://berth/ (path-checked, with MIME types and the CSP header) and transfers. */
const setupProtocol = (backend: Backend): void => {
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ root: paths.renderer, transfers: backend.transfers }),
  );
};

/** Registered before any window exists, so no message of a loading page is missed. */
const setupIpc = (backend: Backend): IpcAdapter =>
  createIpcAdapter({
    ipcMain,
    backend,
    onReject: (reason) => {
      refusals('ipc', reason);
    },
  });

/**
 * Opened from Finder, the Dock or a launcher, Berth has a minimal PATH: the login shell's PATH
 * and the known Docker folders make `docker compose` and the credential helpers findable.
 */
const setupLoginPath = async (): Promise<void> => {
  const resolved = await resolveLoginPath({
    platform: process.platform,
    env: process.env,
    home: app.getPath('home'),
    spawn: nodeSpawner,
    isDirectory: (folder) => {
      try {
        return statSync(folder).isDirectory();
      } catch {
        return false;
      }
    },
  });
  process.env.PATH = resolved.path;
  if (resolved.source === 'timeout' || resolved.source === 'shell-failed') {
    console.warn(
      `Berth: the login shell gave no PATH (${resolved.source}); using the inherited one and known folders`,
    );
  }
};

/** Berth's own downloads ask where to save, in Downloads; anything else a page starts is cancelled. */
const setupDownloads = (target: ElectronSession): void => {
  target.on('will-download', (event, item) => {
    const decision = downloadDecision(
      { url: item.getURL(), filename: item.getFilename() },
      app.getPath('downloads'),
    );
    if (decision.action === 'cancel') {
      event.preventDefault();
      refusals('security', 'download', item.getURL());
      return;
    }
    item.setSaveDialogOptions({ title: decision.title, defaultPath: decision.defaultPath });
  });
};

/** The application menu, rebuilt when a setting in it changes. */
const setupMenu = (settings: SettingsStore): void => {
  const supported = supportedSettings(process.platform);
  const apply = (key: keyof DesktopSettings, value: boolean): void => {
    settings.set(key, value);
    if (key === 'openAtLogin') app.setLoginItemSettings({ openAtLogin: value });
    build();
  };
  const build = (): void => {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          platform: process.platform,
          appName: app.name,
          development: !app.isPackaged,
          // The user may have removed the login item in the system's settings: show what is true.
          settings: {
            ...settings.get(),
            openAtLogin: supported.has('openAtLogin') && app.getLoginItemSettings().openAtLogin,
          },
          supported,
          onSetting: apply,
          onOpenWindow: () => showMainWindow(),
        }),
      ),
    );
  };
  build();
};

/**
 * Read-only hooks for the Electron suite (e2e/electron), only when it asks for them: the tray's
 * menu cannot be read back from Electron, so the suite reads the model it was built from.
 */
const exposeTestHooks = (): void => {
  if (process.env.BERTH_TEST_HOOKS !== '1') return;
  Object.assign(globalThis, { berthTest: { trayModel: () => tray?.model() ?? null } });
};

/** The host capability behind `shell.openExternal`: the user sees the full URL first. */
const confirmAndOpenExternal = (): ((url: URL) => Promise<boolean>) => {
  const openExternal = createOpenExternal({
    confirm: (options) =>
      mainWindow && !mainWindow.isDestroyed()
        ? dialog.showMessageBox(mainWindow, options)
        : dialog.showMessageBox(options),
    open: (href) => shell.openExternal(href),
  });
  // The core parsed and checked it (parseExternalUrl) before calling this.
  return openExternal;
};

/** Native open dialog for the run, build and compose forms' path fields. */
const pickPath = async (request: PickPathRequest): Promise<string | null> => {
  const options: OpenDialogOptions = {
    title: request.title,
    defaultPath: request.defaultPath,
    properties: [request.kind === 'folder' ? 'openDirectory' : 'openFile'],
  };
  const result =
    mainWindow && !mainWindow.isDestroyed()
      ? await dialog.showOpenDialog(mainWindow, options)
      : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
};

/** The tray is a convenience: a desktop without one must not keep Berth from starting. */
const setupTrayIfPossible = (backend: Backend): TrayHandle | null => {
  try {
    return setupTray({
      backend,
      assetsDir: paths.assets,
      openWindow: showMainWindow,
      quit: () => app.quit(),
      windowFocused: () => mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.isFocused(),
    });
  } catch (err) {
    console.warn('Berth: no tray icon:', err);
    return null;
  }
};

const createMainWindow = (section?: string): BrowserWindow => {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const restored = restoreBounds(loadWindowState(stateFile), [
    screen.getPrimaryDisplay(),
    ...screen.getAllDisplays(),
  ]);
  const win = new BrowserWindow(
    mainWindowOptions({
      preload: paths.preload,
      bounds: restored.bounds,
      icon: process.platform === 'darwin' ? undefined : path.join(paths.assets, 'icon.png'),
    }),
  );
  ipc?.attach(win.webContents);
  const tracking = trackWindowState(win, (state) => {
    saveWindowState(stateFile, state);
  });
  win.once('ready-to-show', () => {
    if (restored.maximized) win.maximize();
    win.show();
  });
  win.on('closed', () => {
    tracking.dispose();
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(section ? `${APP_ENTRY_URL}#/${section}` : APP_ENTRY_URL).catch((err: unknown) => {
    console.error('Berth: could not load the window:', err);
  });
  return win;
};

/**
 * Brings the one main window up, creating it when there is none (tray, dock, second launch); with
 * a section, on that view: the renderer routes by the address's hash, so this is an in-page jump.
 */
const showMainWindow = (section?: 'discover'): void => {
  if (!app.isReady()) return;
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(section);
    return;
  }
  if (section) {
    mainWindow.loadURL(`${APP_ENTRY_URL}#/${section}`).catch((err: unknown) => {
      console.error('Berth: could not open that view:', err);
    });
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
};

const setupLifecycle = (backend: Backend, settings: SettingsStore): void => {
  app.on('second-instance', () => showMainWindow());
  app.on('activate', () => showMainWindow());
  // macOS apps outlive their windows (the dock brings one back). Elsewhere the tray can, when the
  // user keeps "close to tray" on (the default on Windows; Linux trays may be invisible, so off there).
  app.on('window-all-closed', () => {
    if (process.platform === 'darwin' || (settings.get().closeToTray && tray)) return;
    app.quit();
  });
  app.on('will-quit', () => {
    refusals.flush();
    tray?.dispose();
    tray = null;
    ipc?.dispose();
    ipc = null;
    backend.dispose();
  });
};

// `--user-data-dir=DIR` runs a separate profile (its own settings and its own single-instance
// lock), as in Chromium; the Electron suite starts each app this way. Set before the lock, which lives there.
const userDataSwitch = app.commandLine.getSwitchValue('user-data-dir');
if (userDataSwitch) app.setPath('userData', path.resolve(userDataSwitch));

// A second launch only focuses the running instance (see 'second-instance').
if (app.requestSingleInstanceLock()) main();
else app.quit();
