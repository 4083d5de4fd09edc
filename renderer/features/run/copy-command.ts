import { formToCommand } from '../../../shared/run/run-argv.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';

export const copyText = async (text: string, what: string): Promise<void> => {
  try {
    await navigator.clipboard.writeText(text);
    notify(`Copied ${what}`);
  } catch {
    notify('Could not copy', ['The clipboard refused the text.']);
  }
};

/** "Copy as docker run" for an existing container, rebuilt from its inspect. */
export const copyAsDockerRun = async (client: Client, ref: string): Promise<void> => {
  try {
    const loaded = await client.invoke('run.fromContainer', { ref });
    await copyText(formToCommand(loaded.form), `the docker run command for ${loaded.name}`);
  } catch (err) {
    notify('Could not rebuild the docker run command', [errorMessage(err)]);
  }
};
