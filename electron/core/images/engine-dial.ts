import type Docker from 'dockerode';

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
