import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { copyText } from '../run/index.js';

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
    await copyText(yaml, `Kubernetes YAML for ${what}`);
    if (untranslated.length > 0)
      notify(`Not translated for ${what} (listed at the top of the YAML)`, untranslated);
  } catch (err) {
    notify('Could not build the Kubernetes YAML', [errorMessage(err)]);
  }
};
