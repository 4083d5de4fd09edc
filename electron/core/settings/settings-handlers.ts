import type { CoreDeps } from '../core-deps.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { SettingsStore } from './settings-store.js';

/** One settings file; every change is pushed to every window so they all apply it. */
export const settingsHandlers = ({ hub, dataDir }: CoreDeps): FeatureHandlers<'settings'> => {
  const store = new SettingsStore(dataDir);
  return {
    invokes: {
      'settings.get': () => store.read(),
      'settings.update': async (req) => {
        const settings = await store.update(req);
        hub.emit('settings.changed', settings);
        return settings;
      },
    },
    streams: {},
  };
};
