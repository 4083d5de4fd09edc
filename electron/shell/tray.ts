import { existsSync } from 'node:fs';
import path from 'node:path';
import { Menu, Notification, Tray, nativeImage } from 'electron';
import type { Alert } from '../../shared/alerts/alert-types.js';
import type { Backend, Disposable } from '../core/index.js';
import { createAlertNotices } from './alert-notices.js';
import { desktopNotifier } from './desktop-notifier.js';
import { trayIconName, trayState, withAlerts } from './tray-alerts.js';
import { throttle } from './throttle.js';
import type { MergedList } from '../../shared/contract/channels/engines.js';
import type { ContainerSummary } from '../../shared/contract/containers.js';
import {
  actionFailure,
  toMenuTemplate,
  trayContainers,
  trayMenuModel,
  type EngineContainers,
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
  /** Whether Berth's window is in front (its toasts show alerts; no OS notification then). */
  readonly windowFocused: () => boolean;
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
  let lastIcon = '';
  let shown: TrayModel | null = null;
  const notices = createAlertNotices({
    notifier: desktopNotifier(),
    windowFocused: options.windowFocused,
    // The window cannot yet be routed to a container's logs from here: it opens on the alert's toast.
    onOpen: () => openWindow(),
  });

  const runContainerAction = async (command: Extract<TrayCommand, { kind: 'container' }>): Promise<void> => {
    const result = await backend.router.invoke(
      'containers.action',
      { action: command.action, refs: [command.id], ...(command.engine ? { engine: command.engine } : {}) },
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
    const containers = engines === null ? backend.containers.list() : trayContainers(engines);
    const state = trayState(backend.connection.status, containers);
    // A state's own icon where assets has one (tray-problem.png…); the usual icon otherwise.
    const stateIcon = path.join(options.assetsDir, `${trayIconName(state)}.png`);
    const iconPath = state !== 'ok' && platform !== 'darwin' && existsSync(stateIcon) ? stateIcon : '';
    if (iconPath !== lastIcon) {
      lastIcon = iconPath;
      tray.setImage(iconPath === '' ? icon : nativeImage.createFromPath(iconPath));
    }
    const model = withAlerts(trayMenuModel(backend.connection.status, containers), state, notices.recent());
    // Most container events (a health check, a rename elsewhere) do not change what the menu shows.
    const key = JSON.stringify(model);
    if (key === lastModel) return;
    lastModel = key;
    shown = model;
    tray.setToolTip(model.tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model.items, onCommand, platform)));
  };

  const refresh = throttle(render, REFRESH_MS);
  /**
   * Every engine's containers, once the engine set is in use (its events flow): until then the
   * tray reads only the CLI's engine, so an idle Berth still connects to no other engine.
   */
  let engines: EngineContainers[] | null = null;
  const loadEngines = async (): Promise<void> => {
    const result = await backend.router.invoke('engines.allContainers', {}, TRAY_CLIENT);
    if (!result.ok) return;
    // The router answers with the channel's contract type (engines.allContainers).
    const merged = result.value as MergedList<readonly ContainerSummary[]>;
    engines = merged.slices.map((s) => ({ engine: s.engine, label: s.label, containers: s.data ?? [] }));
    refresh();
  };
  const reloadEngines = throttle(() => void loadEngines(), REFRESH_MS);
  const subscription = backend.hub.subscribe((channel, payload) => {
    if (channel === 'alerts.raised') notices.raised(payload as Alert);
    if (channel === 'engines.containers' || channel === 'engines.status' || channel === 'engines.changed') {
      reloadEngines();
    }
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
      reloadEngines.dispose();
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
};
