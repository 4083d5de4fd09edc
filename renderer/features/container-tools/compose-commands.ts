import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { translate } from '../../i18n/index.js';
import { notify } from '../../lib/notifications-store.js';
import { copyText } from '../run/index.js';
import { messages } from './messages.js';

/**
 * "Copy as compose" for one container, a selection or a compose project's containers. What
 * compose cannot say is in the file's top comment and also in the notice.
 */
export const copyAsCompose = async (
  client: Client,
  containers: readonly string[],
  what: string,
): Promise<void> => {
  try {
    const { yaml, untranslated } = await client.invoke('compose.fromContainers', {
      containers: [...containers],
    });
    await copyText(yaml, translate(messages, 'composeWhat', { what }));
    if (untranslated.length > 0) notify(translate(messages, 'composeUntranslated', { what }), untranslated);
  } catch (err) {
    notify(translate(messages, 'composeFailed'), [errorMessage(err)]);
  }
};
