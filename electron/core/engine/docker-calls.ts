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

/**
 * `POST /containers/create` with the body in the body only. dockerode hands its options to
 * docker-modem, which also writes every option into the query string when the path ends in `?`
 * (it does for create): the whole body, environment values included, went into the URL, and a
 * large one (a wide port range) made the engine answer 431. docker-modem's `_query`/`_body`
 * split them: the name in the query, the rest in the body.
 */
export const createContainerCall = (
  client: Docker,
  body: object,
  name: string | undefined,
  signal: AbortSignal,
): Promise<Docker.Container> =>
  client.createContainer({
    _query: name ? { name } : {},
    _body: body,
    abortSignal: signal,
  } as unknown as Docker.ContainerCreateOptions);
