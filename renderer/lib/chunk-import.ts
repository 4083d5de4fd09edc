/**
 * Chromium aborts requests in flight when a network link comes or goes (ERR_NETWORK_CHANGED), and
 * Docker makes links all the time (a container's veth, a compose network, a swarm's bridges), so a
 * lazily loaded chunk can fail to arrive on a healthy connection. The browser does not remember
 * the failure: a second `import()` of the same module fetches it again (measured on this
 * Chromium, for the chunk itself and for a chunk it imports). So a chunk is asked for again a few
 * times before anyone is told; reloading the page is the last resort (app/chunk-reload.ts).
 */
const CHUNK_FAILURE =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;

export const isChunkLoadError = (error: unknown): boolean =>
  error instanceof Error && CHUNK_FAILURE.test(error.message);

export interface ChunkRetry {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** Wait before the second try; doubled before each further one. */
  readonly delayMs: number;
  readonly wait: (ms: number) => Promise<void>;
}

// Six tries over about 8 s: Docker can make and remove links for seconds on end (a project's
// containers going up or down), and each cuts off whatever is in flight.
const RETRY: ChunkRetry = {
  attempts: 6,
  delayMs: 250,
  wait: (ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, ms);
    }),
};

/**
 * `load` (a dynamic import), asked again while it fails as a chunk that did not arrive; any other
 * error (the module threw while running) is passed on at once.
 */
export const retryingImport =
  <T>(load: () => Promise<T>, retry: ChunkRetry = RETRY): (() => Promise<T>) =>
  async () => {
    let delay = retry.delayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await load();
      } catch (err) {
        if (!isChunkLoadError(err) || attempt >= retry.attempts) throw err;
        await retry.wait(delay);
        delay *= 2;
      }
    }
  };
