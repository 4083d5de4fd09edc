import type { ContainerForm } from '../../../shared/contract/run.js';
import { formFromInspect } from '../../../shared/run/from-inspect.js';
import { keptSettings } from '../../../shared/run/kept-config.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { readOriginal } from './original-config.js';

/**
 * A container as a run form (for Edit, Clone and "Copy as docker run"). The image is read too,
 * so settings that only repeat its defaults are left out; a removed image just means they stay.
 * What the form does not model is listed, so the review can say it is kept as is.
 */
export const containerForm = async (connection: EngineConnection, ref: string): Promise<ContainerForm> => {
  const { container, image, defaults, kept } = await readOriginal(connection, ref);
  return {
    id: container.Id,
    name: container.Name.replace(/^\//, ''),
    running: container.State.Running === true,
    autoRemove: container.HostConfig.AutoRemove === true,
    form: formFromInspect(container, image, defaults),
    kept: keptSettings(kept),
  };
};
