import type Docker from 'dockerode';

/**
 * dockerode forwards `abortSignal` on every call, but @types/dockerode omits it from a few
 * signatures. These wrappers type exactly those calls instead of casting at each use.
 */
interface WithSignal {
  readonly abortSignal: AbortSignal;
}

type VersionCall = (opts: WithSignal) => Promise<Docker.DockerVersion>;
type PingCall = (opts: WithSignal) => Promise<unknown>;

export const engineVersion = (client: Docker, signal: AbortSignal): Promise<Docker.DockerVersion> =>
  (client.version as unknown as VersionCall).call(client, { abortSignal: signal });

export const enginePing = (client: Docker, signal: AbortSignal): Promise<unknown> =>
  (client.ping as unknown as PingCall).call(client, { abortSignal: signal });

export type EventStream = NodeJS.ReadableStream & { destroy(): void };

export const engineEvents = async (client: Docker, signal: AbortSignal): Promise<EventStream> =>
  (await client.getEvents({ abortSignal: signal } as Docker.GetEventsOptions)) as EventStream;
