import type { ContainerForm } from '../../../shared/contract/run.js';
import { formFromInspect } from '../../../shared/run/from-inspect.js';
import type { EngineConnection } from '../engine/engine-connection.js';

type Json = Record<string, unknown>;

/**
 * A container as a run form (for Edit, Clone and "Copy as docker run"). The image is read too,
 * so settings that only repeat its defaults are left out; a removed image just means they stay.
 */
export const containerForm = async (connection: EngineConnection, ref: string): Promise<ContainerForm> => {
  const container = (await connection.call((client, signal) =>
    client.getContainer(ref).inspect({ abortSignal: signal }),
  )) as unknown as Json & { Id: string; Name: string; Image: string; State: Json; HostConfig: Json };
  const image = await connection
    .call((client) => client.getImage(container.Image).inspect())
    .then(
      (inspect) => inspect as unknown as Json,
      () => null,
    );
  return {
    id: container.Id,
    name: container.Name.replace(/^\//, ''),
    running: container.State.Running === true,
    autoRemove: container.HostConfig.AutoRemove === true,
    form: formFromInspect(container, image),
  };
};
