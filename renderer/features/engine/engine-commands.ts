import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { applyEngineStatus } from './engine-store.js';

/** Skips the engine connection's backoff; the answer is the status right after trying. */
export const retryEngine = async (client: Client): Promise<void> => {
  try {
    applyEngineStatus(await client.invoke('engine.retry', {}));
  } catch (err) {
    notify('Could not retry the engine connection', [errorMessage(err)]);
  }
};
