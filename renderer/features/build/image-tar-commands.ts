import type { LoadResult } from '../../../shared/contract/build.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage, isRpcError } from '../../ipc/rpc-error.js';
import { startDownload, uploadFile } from '../../ipc/transfers.js';
import { translate } from '../../i18n/index.js';
import { notify } from '../../lib/notifications-store.js';
import { messages } from './messages.js';

/**
 * Saves images (by id or name:tag) to one tar: the backend checks they exist, then the browser
 * downloads the tar straight from the engine's stream (Electron asks where to save it).
 */
export const saveImages = async (client: Client, refs: readonly string[]): Promise<boolean> => {
  if (refs.length === 0) return false;
  try {
    const ticket = await client.invoke('images.save', { refs: [...refs] });
    startDownload(ticket);
    return true;
  } catch (err) {
    const title =
      refs.length === 1
        ? translate(messages, 'couldNotSave', { name: refs[0] ?? '' })
        : translate(messages, 'couldNotSaveMany', { count: refs.length });
    notify(title, [errorMessage(err)]);
    return false;
  }
};

/**
 * Loads a tar made by `docker save`. The load runs as a task (it shows in the task list with the
 * engine's progress); this resolves with what was loaded, or null after telling the user why not.
 */
export const loadImageTar = async (client: Client, file: File): Promise<LoadResult | null> => {
  try {
    const ticket = await client.invoke('images.load', {});
    return await uploadFile<LoadResult>(ticket, file);
  } catch (err) {
    if (!isRpcError(err, 'CANCELLED'))
      notify(translate(messages, 'couldNotLoad', { name: file.name }), [errorMessage(err)]);
    return null;
  }
};
