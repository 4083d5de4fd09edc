import type { MenuItemConstructorOptions } from 'electron';
import type { DesktopSettings } from './desktop-settings.js';

/*
 * The application menu as data. Electron's default menu ships Reload and Toggle Developer Tools
 * to every user; this one keeps the standard roles (copy and paste need the Edit menu's roles on
 * macOS) and offers Reload and DevTools only in development builds.
 */

export interface AppMenuInput {
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  /** Not packaged (`!app.isPackaged`): Reload and DevTools are offered. */
  readonly development: boolean;
  readonly settings: DesktopSettings;
  /** Which settings this platform can honour (see `supportedSettings`). */
  readonly supported: ReadonlySet<keyof DesktopSettings>;
  readonly onSetting: (key: keyof DesktopSettings, value: boolean) => void;
  readonly onOpenWindow: () => void;
}

const SETTING_LABELS: Readonly<Record<keyof DesktopSettings, string>> = {
  openAtLogin: 'Start at Login',
  closeToTray: 'Keep Running in the Tray When Closed',
};

const settingItems = (input: AppMenuInput): MenuItemConstructorOptions[] =>
  (Object.keys(SETTING_LABELS) as (keyof DesktopSettings)[])
    .filter((key) => input.supported.has(key))
    .map((key) => ({
      id: `setting.${key}`,
      label: SETTING_LABELS[key],
      type: 'checkbox',
      checked: input.settings[key],
      click: (item: { checked: boolean }) => {
        input.onSetting(key, item.checked);
      },
    }));

const withSeparator = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.length > 0 ? [...items, { type: 'separator' }] : [];

const viewMenu = (development: boolean): MenuItemConstructorOptions => ({
  label: 'View',
  submenu: [
    ...(development
      ? ([
          { role: 'reload' },
          { role: 'forceReload' },
          { role: 'toggleDevTools' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ],
});

export const appMenuTemplate = (input: AppMenuInput): MenuItemConstructorOptions[] => {
  const settings = settingItems(input);
  if (input.platform === 'darwin') {
    return [
      {
        label: input.appName,
        submenu: [
          { role: 'about' },
          { type: 'separator' },
          ...withSeparator(settings),
          { role: 'services' },
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      {
        label: 'File',
        submenu: [{ label: 'Open Berth Window', click: input.onOpenWindow }, { role: 'close' }],
      },
      { role: 'editMenu' },
      viewMenu(input.development),
      { role: 'windowMenu' },
    ];
  }
  return [
    { label: '&File', submenu: [...withSeparator(settings), { role: 'quit' }] },
    { role: 'editMenu' },
    viewMenu(input.development),
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
};
