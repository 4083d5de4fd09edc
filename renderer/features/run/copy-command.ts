import { formToCommand } from '../../../shared/run/run-argv.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { translate } from '../../i18n/index.js';
import { notify } from '../../lib/notifications-store.js';
import { runMessages } from './messages.js';

/** `what` comes worded in the current language by the caller ("the command", "Kubernetes YAML for web"). */
export const copyText = async (text: string, what: string): Promise<void> => {
  try {
    await navigator.clipboard.writeText(text);
    notify(translate(runMessages, 'copied', { what }));
  } catch {
    notify(translate(runMessages, 'copyFailed'), [translate(runMessages, 'clipboardRefused')]);
  }
};

/** "Copy as docker run" for an existing container, rebuilt from its inspect. */
export const copyAsDockerRun = async (client: Client, ref: string): Promise<void> => {
  try {
    const loaded = await client.invoke('run.fromContainer', { ref });
    await copyText(
      formToCommand(loaded.form, loaded.kept),
      translate(runMessages, 'copyWhatRun', { name: loaded.name }),
    );
  } catch (err) {
    notify(translate(runMessages, 'rebuildFailed'), [errorMessage(err)]);
  }
};
