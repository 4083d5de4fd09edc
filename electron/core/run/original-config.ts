import type { KeptConfig } from '../../../shared/run/create-body.js';
import { ENGINE_DEFAULTS, type EngineDefaults } from '../../../shared/run/from-inspect.js';
import { keptFromInspect } from '../../../shared/run/kept-config.js';
import { engineInfo } from '../engine/docker-calls.js';
import type { EngineConnection } from '../engine/engine-connection.js';

type Json = Record<string, unknown>;

export interface OriginalConfig {
  readonly container: Json & { Id: string; Name: string; Image: string; State: Json; HostConfig: Json };
  /** Null when the image is gone: its defaults are then kept as the container's own settings. */
  readonly image: Json | null;
  readonly defaults: EngineDefaults;
  readonly kept: KeptConfig;
}

/**
 * A container's inspect with what is needed to tell its own settings from derived ones: its
 * image (defaults) and the daemon's defaults. Read by Edit, Clone and "Copy as docker run".
 */
export const readOriginal = async (connection: EngineConnection, ref: string): Promise<OriginalConfig> => {
  const container = (await connection.call((client, signal) =>
    client.getContainer(ref).inspect({ abortSignal: signal }),
  )) as unknown as OriginalConfig['container'];
  const [image, info] = await Promise.all([
    connection
      .call((client) => client.getImage(container.Image).inspect())
      .then(
        (inspect) => inspect as unknown as Json,
        () => null,
      ),
    connection
      .call((client, signal) => engineInfo(client, signal))
      .then(
        (value) => value as Json,
        (): Json => ({}),
      ),
  ]);
  const logDriver = typeof info.LoggingDriver === 'string' ? info.LoggingDriver : ENGINE_DEFAULTS.logDriver;
  return { container, image, defaults: { logDriver }, kept: keptFromInspect(container, image) };
};
