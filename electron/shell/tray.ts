import path from 'node:path';
import { Menu, Notification, Tray, nativeImage } from 'electron';
import type { Backend, Disposable } from '../core/index.js';
import { throttle } from './throttle.js';
import {
  actionFailure,
  toMenuTemplate,
  trayMenuModel,
  type TrayCommand,
  type TrayModel,
} from './tray-menu.js';

export interface TrayOptions {
  readonly backend: Pick<Backend, 'router' | 'hub' | 'connection' | 'containers'>;
  /** The folder holding tray-icon.png and tray-iconTemplate.png (with their @2x variants). */
  readonly assetsDir: string;
  /** Brings the window up; with a section, on that view (its `#/section` route). */
  readonly openWindow: (section?: 'discover') => void;
  readonly quit: () => void;
  readonly platform?: NodeJS.Platform;
}

export interface TrayHandle extends Disposable {
  /** The menu as last shown (the Electron suite reads it; a Tray's menu cannot be read back). */
  readonly model: () => TrayModel | null;
}

/** How long a burst of engine events waits before the menu is rebuilt. */
const REFRESH_MS = 300;
const TRAY_CLIENT = { clientId: 'tray' } as const;

const notify = (body: string): void => {
  if (Notification.isSupported()) new Notification({ title: 'Berth', body }).show();
  else console.warn(body);
};

/**
 * The tray icon and its menu (built by tray-menu.ts), rebuilt from backend events at most
 * every REFRESH_MS. Actions go through the router like any client's, as client "tray".
 */
export const setupTray = (options: TrayOptions): TrayHandle => {
  const { backend, openWindow, quit } = options;
  const platform = options.platform ?? process.platform;
  // macOS: a black-and-transparent template image, tinted by the system for light and dark menu bars.
  const iconFile = platform === 'darwin' ? 'tray-iconTemplate.png' : 'tray-icon.png';
  const icon = nativeImage.createFromPath(path.join(options.assetsDir, iconFile));
  if (platform === 'darwin') icon.setTemplateImage(true);
  const tray = new Tray(icon);
  let lastModel = '';
  let shown: TrayModel | null = null;

  const runContainerAction = async (command: Extract<TrayCommand, { kind: 'container' }>): Promise<void> => {
    const result = await backend.router.invoke(
      'containers.action',
      { action: command.action, refs: [command.id] },
      TRAY_CLIENT,
    );
    const failure = actionFailure(command, result);
    if (failure) notify(failure);
  };

  const onCommand = (command: TrayCommand): void => {
    switch (command.kind) {
      case 'open':
        openWindow();
        return;
      case 'discover':
        openWindow('discover');
        return;
      case 'quit':
        quit();
        return;
      case 'retry':
        void backend.router.invoke('engine.retry', {}, TRAY_CLIENT);
        return;
      case 'container':
        void runContainerAction(command);
        return;
    }
  };

  const render = (): void => {
    if (tray.isDestroyed()) return;
    const model = trayMenuModel(backend.connection.status, backend.containers.list());
    // Most container events (a health check, a rename elsewhere) do not change what the menu shows.
    const key = JSON.stringify(model);
    if (key === lastModel) return;
    lastModel = key;
    shown = model;
    tray.setToolTip(model.tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model.items, onCommand, platform)));
  };

  const refresh = throttle(render, REFRESH_MS);
  const subscription = backend.hub.subscribe(() => {
    refresh();
  });
  // Windows users expect a click on the tray icon to bring the app up; the menu is on right-click.
  if (platform === 'win32') tray.on('click', () => openWindow());
  render();

  return {
    model: () => shown,
    dispose() {
      subscription.dispose();
      refresh.dispose();
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
};
