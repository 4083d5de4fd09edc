import type Docker from 'dockerode';

/*
 * The one module that talks to dockerode past its typings. dockerode forwards `abortSignal` on
 * every call, but @types/dockerode omits it from a few signatures (or types them as `any`), and
 * a few calls drop the signal or the options altogether: those go through `dial`, docker-modem
 * with the call's deadline attached. Answers whose shape we do not trust are read as `unknown`
 * (see shared/json/readers.ts).
 */

interface WithSignal {
  readonly abortSignal: AbortSignal;
}

type VersionCall = (opts: WithSignal) => Promise<Docker.DockerVersion>;
type UnknownCall = (opts: WithSignal) => Promise<unknown>;
type NetworksCall = (
  opts: WithSignal & { filters?: Record<string, string[]> },
) => Promise<Docker.NetworkInspectInfo[]>;

export const engineVersion = (client: Docker, signal: AbortSignal): Promise<Docker.DockerVersion> =>
  (client.version as unknown as VersionCall).call(client, { abortSignal: signal });

export const enginePing = (client: Docker, signal: AbortSignal): Promise<unknown> =>
  (client.ping as unknown as UnknownCall).call(client, { abortSignal: signal });

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

export const engineInfo = (client: Docker, signal: AbortSignal): Promise<unknown> =>
  (client.info as unknown as UnknownCall).call(client, { abortSignal: signal });

export const engineDiskUsage = (client: Docker, signal: AbortSignal): Promise<unknown> =>
  (client.df as unknown as UnknownCall).call(client, { abortSignal: signal });

export const engineNetworks = (
  client: Docker,
  signal: AbortSignal,
  filters?: Record<string, string[]>,
): Promise<Docker.NetworkInspectInfo[]> =>
  (client.listNetworks as unknown as NetworksCall).call(
    client,
    filters ? { abortSignal: signal, filters } : { abortSignal: signal },
  );

export interface DialOptions {
  readonly path: string;
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly signal: AbortSignal;
  /** Query parameters. */
  readonly query?: Readonly<Record<string, string | number | boolean>>;
  readonly statusCodes: Readonly<Record<number, true | string>>;
}

interface Modem {
  dial(options: Record<string, unknown>, callback: (err: Error | null, data: unknown) => void): void;
}

/**
 * A unary engine request through docker-modem with the call's deadline attached: dockerode's
 * `image.inspect()` and `image.history()` drop the abort signal, so they could outlive it.
 * `path` is built by the caller from validated ids and references only.
 */
export const dial = (client: Docker, options: DialOptions): Promise<unknown> =>
  new Promise((resolve, reject) => {
    (client.modem as unknown as Modem).dial(
      {
        path: options.query ? `${options.path}?` : options.path,
        method: options.method,
        options: options.query ? { ...options.query } : {},
        abortSignal: options.signal,
        statusCodes: options.statusCodes,
      },
      (err, data) => {
        // docker-modem's own error (statusCode, json) goes on as it is: toEnvelope reads it.
        if (err) reject(err);
        else resolve(data);
      },
    );
  });

/**
 * `POST /build/prune` with a filter: dockerode's pruneBuilder sends no options at all. The
 * engine takes one value per filter key, so each cache record is pruned by its own id.
 */
export const pruneBuildCacheRecord = (client: Docker, id: string, signal: AbortSignal): Promise<unknown> =>
  dial(client, {
    path: '/build/prune',
    method: 'POST',
    query: { all: true, filters: JSON.stringify({ id: [id] }) },
    signal,
    statusCodes: { 200: true, 400: 'bad parameter', 500: 'server error' },
  });
