import type Docker from 'dockerode';

/**
 * dockerode forwards `abortSignal` on these calls, but @types/dockerode types them without
 * options (or as `any`): typed once here, read as the unknown JSON they are.
 */
interface WithSignal {
  readonly abortSignal: AbortSignal;
}

type UnknownCall = (opts: WithSignal) => Promise<unknown>;
type NetworksCall = (
  opts: WithSignal & { filters?: Record<string, string[]> },
) => Promise<Docker.NetworkInspectInfo[]>;

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

export const obj = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

export const num = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

interface DialOptions {
  readonly path: string;
  readonly method: 'POST';
  readonly options: Record<string, string | boolean>;
  readonly abortSignal: AbortSignal;
  readonly statusCodes: Record<number, boolean | string>;
}
type Dial = (options: DialOptions, callback: (err: unknown, data: unknown) => void) => void;

/**
 * `POST /build/prune` with a filter: dockerode's pruneBuilder sends no options at all. The
 * engine takes one value per filter key, so each cache record is pruned by its own id.
 */
export const pruneBuildCacheRecord = (client: Docker, id: string, signal: AbortSignal): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const dial = (client.modem as unknown as { dial: Dial }).dial.bind(client.modem);
    dial(
      {
        path: '/build/prune?',
        method: 'POST',
        options: { all: true, filters: JSON.stringify({ id: [id] }) },
        abortSignal: signal,
        statusCodes: { 200: true, 400: 'bad parameter', 500: 'server error' },
      },
      (err, data) => {
        // docker-modem's errors are Errors carrying statusCode and the engine's json.
        if (err) reject(err instanceof Error ? err : new Error('The engine refused the build cache prune.'));
        else resolve(data);
      },
    );
  });
