import { create } from 'zustand';
import type { Settings, SettingsUpdate } from '../../shared/settings/settings.js';
import type { Client } from '../ipc/client.js';

interface SettingsState {
  /** `null` until the backend answered: views use their defaults meanwhile. */
  readonly settings: Settings | null;
}

/** Berth's settings as the backend holds them; every window gets `settings.changed`. */
export const useSettingsStore = create<SettingsState>(() => ({ settings: null }));

export const applySettings = (settings: Settings): void => {
  useSettingsStore.setState({ settings });
};

/** Subscribes to changes and loads the current settings (again after every reconnect). */
export const wireSettings = (client: Client): (() => void) => {
  const off = client.on('settings.changed', applySettings);
  const offReady = client.onReady(() => {
    client.invoke('settings.get', {}).then(applySettings, () => undefined);
  });
  return () => {
    off();
    offReady();
  };
};

/** Saves a change; the backend answers with the whole settings, applied here and pushed to other windows. */
export const updateSettings = async (client: Client, change: SettingsUpdate): Promise<Settings> => {
  const settings = await client.invoke('settings.update', change);
  applySettings(settings);
  return settings;
};
