import { useState } from 'react';
import { rememberOptions, type ContainerLogOptions } from '../../../shared/settings/sections/logs.js';
import { useClient } from '../../lib/client-context.js';
import { updateSettings, useSettingsStore } from '../../lib/settings-store.js';

export type LogOptions = Omit<ContainerLogOptions, 'at'>;

/**
 * A container's log options as the user left them last time (settings, keyed by name), else the
 * defaults of the logs settings. A change applies at once and is saved for the next open.
 */
export const useLogOptions = (name: string): [LogOptions, (change: Partial<LogOptions>) => void] => {
  const client = useClient();
  const logs = useSettingsStore((s) => s.settings?.logs ?? null);
  const [local, setLocal] = useState<LogOptions | null>(null);
  const remembered = logs?.containers[name];
  const options: LogOptions = local ??
    (remembered ? { ...remembered } : null) ?? {
      timestamps: logs?.timestamps ?? false,
      wrap: logs?.wrap ?? true,
      stdout: true,
      stderr: true,
      structured: false,
      levels: [],
    };
  const change = (patch: Partial<LogOptions>): void => {
    const next = { ...options, ...patch };
    setLocal(next);
    const all = useSettingsStore.getState().settings?.logs.containers ?? {};
    // Remembering is a convenience: a failed save leaves the view as the user set it.
    updateSettings(client, {
      section: 'logs',
      values: { containers: rememberOptions(all, name, { ...next, at: Date.now() }) },
    }).catch(() => undefined);
  };
  return [options, change];
};
