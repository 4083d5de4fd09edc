/*
 * Berth's Electron main process, in the order things happen. Each step is one function below;
 * the logic behind them lives in small modules that are tested without Electron.
 */
import path from 'node:path';
import {
  BrowserWindow,
  app,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
  shell,
  type OpenDialogOptions,
} from 'electron';
import { createBackend, type Backend } from '../core/backend.js';
import type { PickPathRequest } from '../core/core-deps.js';
import type { Disposable } from '../core/rpc/disposable.js';
import { APP_ENTRY_URL, APP_SCHEME } from './app-origin.js';
import { APP_SCHEME_PRIVILEGED, createAppProtocolHandler } from './app-protocol.js';
import { createIpcAdapter, type IpcAdapter } from './ipc-adapter.js';
import { createOpenExternal } from './open-external.js';
import { guardSession, setupSecurity } from './security.js';
import { setupTray } from './tray.js';
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
let tray: Disposable | null = null;

const main = (): void => {
  // Before ready: these only take effect when called before the app is ready.
  setupSecurity(app);
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGED]);
  if (process.platform === 'win32') app.setAppUserModelId('dev.berth.app');

  const backend = createBackend({
    host: { openExternal: confirmAndOpenExternal(), pickPath },
    dataDir: app.getPath('userData'),
  });
  setupLifecycle(backend);

  app
    .whenReady()
    .then(() => {
      guardSession(session.defaultSession);
      setupProtocol(backend);
      ipc = setupIpc(backend);
      showMainWindow();
      tray = setupTrayIfPossible(backend);
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
const setupIpc = (backend: Backend): IpcAdapter => createIpcAdapter({ ipcMain, backend });

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
const setupTrayIfPossible = (backend: Backend): Disposable | null => {
  try {
    return setupTray({
      backend,
      assetsDir: paths.assets,
      openWindow: showMainWindow,
      quit: () => app.quit(),
    });
  } catch (err) {
    console.warn('Berth: no tray icon:', err);
    return null;
  }
};

const createMainWindow = (): BrowserWindow => {
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
  win.loadURL(APP_ENTRY_URL).catch((err: unknown) => {
    console.error('Berth: could not load the window:', err);
  });
  return win;
};

/** Brings the one main window up, creating it when there is none (tray, dock, second launch). */
const showMainWindow = (): void => {
  if (!app.isReady()) return;
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
};

const setupLifecycle = (backend: Backend): void => {
  app.on('second-instance', showMainWindow);
  app.on('activate', showMainWindow);
  // macOS apps outlive their windows (the dock brings one back); on Windows the tray does, so
  // Berth stays there. Linux trays may be invisible (GNOME without an extension): closing quits.
  app.on('window-all-closed', () => {
    if (process.platform === 'darwin' || (process.platform === 'win32' && tray)) return;
    app.quit();
  });
  app.on('will-quit', () => {
    tray?.dispose();
    tray = null;
    ipc?.dispose();
    ipc = null;
    backend.dispose();
  });
};

// A second launch only focuses the running instance (see 'second-instance').
if (app.requestSingleInstanceLock()) main();
else app.quit();
