import type Docker from 'dockerode';

/**
 * One engine request with an explicit query and JSON body. dockerode's swarm helpers send the
 * same object as both query string and body (a service spec in the URL); this keeps them apart
 * and types each call at its use.
 */
export interface SwarmRequest {
  readonly path: string;
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly query?: Readonly<Record<string, string | number | boolean>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Answers treated as success besides 200. */
  readonly ok?: readonly number[];
  readonly stream?: boolean;
}

/** EngineConnection, or the bare client a connect hook holds (before the status is "connected"). */
export interface EngineCaller {
  call<T>(fn: (client: Docker, signal: AbortSignal) => Promise<T>, timeoutMs?: number): Promise<T>;
}

export const hookCaller = (client: Docker, signal: AbortSignal): EngineCaller => ({
  call: (fn) => fn(client, signal),
});

interface ModemLike {
  dial(options: object, callback: (err: unknown, data: unknown) => void): void;
}

export const swarmDial = <T>(client: Docker, req: SwarmRequest, signal: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const statusCodes: Record<number, true> = { 200: true };
    for (const code of req.ok ?? []) statusCodes[code] = true;
    const query = req.query ?? {};
    const hasQuery = Object.keys(query).length > 0;
    const options: Record<string, unknown> = {};
    if (hasQuery) options['_query'] = query;
    if (req.body !== undefined) options['_body'] = req.body;
    (client.modem as unknown as ModemLike).dial(
      {
        path: hasQuery ? `${req.path}?` : req.path,
        method: req.method,
        options,
        // The modem sends "{}" bodies only when told; a POST with no body must still be JSON.
        allowEmpty: req.method === 'POST',
        headers: req.headers ? { ...req.headers } : undefined,
        statusCodes,
        isStream: req.stream === true,
        abortSignal: signal,
      },
      (err, data) => {
        if (err) reject(err instanceof Error ? err : new Error('The engine request failed.'));
        else resolve(data as T);
      },
    );
  });

/** `filters` as the engine reads it: a JSON object of string arrays. */
export const filtersQuery = (filters: Readonly<Record<string, readonly string[]>>): string =>
  JSON.stringify(filters);
