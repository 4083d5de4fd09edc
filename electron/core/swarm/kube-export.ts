import { kubeManifests, type KubeOptions } from '../../../shared/kube/kube-from-run.js';
import type { KubeExport } from '../../../shared/swarm/swarm-types.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { containerForm } from '../run/run-from-container.js';

const COMPOSE_SERVICE = 'com.docker.compose.service';
/** Labels compose and swarm write for their own bookkeeping: meaningless on a cluster. */
const BOOKKEEPING = /^com\.docker\.(compose|swarm|stack)\./;

/**
 * "Copy as Kubernetes YAML" for containers (one, a selection, or a compose project's): each is
 * read as the run form Clone uses, named by its compose service when it has one.
 */
export const kubeExport = async (
  connection: EngineConnection,
  refs: readonly string[],
  kind: KubeOptions['kind'],
): Promise<KubeExport> => {
  const forms = await Promise.all(refs.map((ref) => containerForm(connection, ref)));
  const workloads = forms.map(({ name, form }) => {
    const service = form.labels.find((l) => l.key === COMPOSE_SERVICE)?.value;
    return {
      name: service ?? name,
      form: { ...form, labels: form.labels.filter((l) => !BOOKKEEPING.test(l.key)) },
    };
  });
  const { yaml, untranslated } = kubeManifests(workloads, { kind });
  return { yaml, untranslated };
};
