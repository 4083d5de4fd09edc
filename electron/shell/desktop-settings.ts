import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file.js';

/*
 * The desktop-only settings, kept in userData/desktop-settings.json. The renderer never sees
 * them: the application menu shows and changes them.
 */

export interface DesktopSettings {
  /** Start Berth when the user logs in (Electron's login-item API: macOS and Windows). */
  readonly openAtLogin: boolean;
  /** Closing the window keeps Berth running in the tray (Windows and Linux). */
  readonly closeToTray: boolean;
}

export const DESKTOP_SETTINGS_FILE = 'desktop-settings.json';

/**
 * What a first start uses: Windows keeps running in the tray as its users expect; on Linux the
 * tray may be invisible (GNOME without an extension), so closing quits unless the user opts in.
 */
export const defaultSettings = (platform: NodeJS.Platform): DesktopSettings => ({
  openAtLogin: false,
  closeToTray: platform === 'win32',
});

/** Which settings a platform can honour: no login items on Linux, no tray-on-close on macOS (the dock keeps it). */
export const supportedSettings = (platform: NodeJS.Platform): ReadonlySet<keyof DesktopSettings> => {
  const keys = new Set<keyof DesktopSettings>();
  if (platform === 'darwin' || platform === 'win32') keys.add('openAtLogin');
  if (platform !== 'darwin') keys.add('closeToTray');
  return keys;
};

/** Well-formed fields of `raw` over the defaults; anything else (garbage, old fields) is ignored. */
export const parseSettings = (raw: unknown, platform: NodeJS.Platform): DesktopSettings => {
  const defaults = defaultSettings(platform);
  if (typeof raw !== 'object' || raw === null) return defaults;
  const { openAtLogin, closeToTray } = raw as Record<string, unknown>;
  return {
    openAtLogin: typeof openAtLogin === 'boolean' ? openAtLogin : defaults.openAtLogin,
    closeToTray: typeof closeToTray === 'boolean' ? closeToTray : defaults.closeToTray,
  };
};

export interface SettingsStore {
  get(): DesktopSettings;
  /** Changes one setting and writes the file. */
  set(key: keyof DesktopSettings, value: boolean): DesktopSettings;
}

export const createSettingsStore = (file: string, platform: NodeJS.Platform): SettingsStore => {
  let current: DesktopSettings;
  try {
    current = parseSettings(JSON.parse(readFileSync(file, 'utf8')), platform);
  } catch {
    current = defaultSettings(platform);
  }
  return {
    get: () => current,
    set(key, value) {
      current = { ...current, [key]: value };
      writeFileAtomic(file, `${JSON.stringify(current, null, 2)}\n`);
      return current;
    },
  };
};
