import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { translate } from '../../i18n/index.js';
import { notify } from '../../lib/notifications-store.js';
import { copyText } from '../run/index.js';
import { messages } from './messages.js';

/**
 * "Copy as Kubernetes YAML" for one container, a selection or a compose project's containers.
 * What could not be translated is in the YAML's top comment and also said in the notice.
 */
export const copyAsKubeYaml = async (
  client: Client,
  containers: readonly string[],
  what: string,
): Promise<void> => {
  try {
    const { yaml, untranslated } = await client.invoke('kube.generate', {
      containers: [...containers],
      kind: 'Deployment',
    });
    await copyText(yaml, translate(messages, 'kubeWhat', { what }));
    if (untranslated.length > 0) notify(translate(messages, 'kubeUntranslated', { what }), untranslated);
  } catch (err) {
    notify(translate(messages, 'kubeFailed'), [errorMessage(err)]);
  }
};
