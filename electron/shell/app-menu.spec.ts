import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, type AppMenuInput } from './app-menu.js';
import { defaultSettings, supportedSettings, type DesktopSettings } from './desktop-settings.js';

const input = (
  platform: NodeJS.Platform,
  development: boolean,
  changes: [string, boolean][] = [],
): AppMenuInput => ({
  platform,
  appName: 'Berth',
  development,
  settings: defaultSettings(platform),
  supported: supportedSettings(platform),
  onSetting: (key: keyof DesktopSettings, value: boolean) => changes.push([key, value]),
  onOpenWindow: () => undefined,
});

/** Every role and label anywhere in the template. */
const flatten = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
const roles = (items: readonly MenuItemConstructorOptions[]) =>
  flatten(items).flatMap((item) => (item.role ? [item.role] : []));

describe('appMenuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    'offers no DevTools and no Reload in a packaged build (%s)',
    (platform) => {
      const found = roles(appMenuTemplate(input(platform, false)));
      expect(found).not.toContain('toggleDevTools');
      expect(found).not.toContain('reload');
      expect(found).not.toContain('forceReload');
      // Nor any standard menu role that would bring them back.
      expect(found).not.toContain('viewMenu');
      expect(found).toEqual(expect.arrayContaining(['editMenu', 'quit', 'togglefullscreen', 'zoomIn']));
    },
  );

  it.each(['darwin', 'win32', 'linux'] as const)(
    'offers View ▸ Toggle DevTools in development (%s)',
    (platform) => {
      const view = appMenuTemplate(input(platform, true)).find((item) => item.label === 'View');
      expect(Array.isArray(view?.submenu) && view.submenu.map((item) => item.role)).toContain(
        'toggleDevTools',
      );
    },
  );

  it('uses the standard macOS roles: app menu named Berth, Edit, Window, Services, Hide', () => {
    const template = appMenuTemplate(input('darwin', false));
    expect(template[0]?.label).toBe('Berth');
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'about',
        'services',
        'hide',
        'hideOthers',
        'unhide',
        'quit',
        'editMenu',
        'windowMenu',
      ]),
    );
  });

  it('shows the settings this platform honours, as checkboxes that report changes', () => {
    const changes: [string, boolean][] = [];
    const ids = (platform: NodeJS.Platform) =>
      flatten(appMenuTemplate(input(platform, false, changes))).flatMap((item) => (item.id ? [item.id] : []));
    expect(ids('darwin')).toEqual(['setting.openAtLogin']);
    expect(ids('win32')).toEqual(['setting.openAtLogin', 'setting.closeToTray']);
    expect(ids('linux')).toEqual(['setting.closeToTray']);

    const tray = flatten(appMenuTemplate(input('win32', false, changes))).find(
      (item) => item.id === 'setting.closeToTray',
    );
    expect(tray).toMatchObject({ type: 'checkbox', checked: true });
    // Electron passes the item (already toggled) to click.
    (tray?.click as unknown as (item: { checked: boolean }) => void)({ checked: false });
    expect(changes).toEqual([['closeToTray', false]]);
  });
});
