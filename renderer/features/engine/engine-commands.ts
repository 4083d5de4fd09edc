import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { applyEngineStatus } from './engine-store.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

/** Skips the engine connection's backoff; the answer is the status right after trying. */
export const retryEngine = async (client: Client): Promise<void> => {
  try {
    applyEngineStatus(await client.invoke('engine.retry', {}));
  } catch (err) {
    notify(translate(messages, 'retryFailed'), [errorMessage(err)]);
  }
};
