import type { ContainerInspect, ProcessList } from '../../../shared/contract/container-detail.js';
import type { EngineConnection } from '../engine/engine-connection.js';

/*
 * Errors are left to the router's mapping, which keeps the engine's own message: an unknown
 * container is a 404 (NOT_FOUND, "No such container: x"), `top` of a stopped one a 409
 * (CONFLICT, "Container … is not running").
 */

/** The engine's inspect document as it is: the renderer shows it as a tree. */
export const inspectContainer = async (
  connection: EngineConnection,
  ref: string,
): Promise<ContainerInspect> =>
  (await connection.call((client, signal) =>
    client.getContainer(ref).inspect({ abortSignal: signal }),
  )) as unknown as ContainerInspect;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : String(item))) : [];

export const topContainer = async (connection: EngineConnection, ref: string): Promise<ProcessList> => {
  // @types/dockerode types top() as `any`: read it as the unknown JSON it is.
  const raw: unknown = await connection.call((client, signal) =>
    client.getContainer(ref).top({ abortSignal: signal }),
  );
  const body = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    titles: strings(body.Titles),
    processes: Array.isArray(body.Processes) ? body.Processes.map(strings) : [],
  };
};
