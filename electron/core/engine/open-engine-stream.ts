import type Docker from 'dockerode';
import type { EngineConnection } from './engine-connection.js';

/**
 * Opens a long-lived engine stream (stats, an exec's hijacked socket) through `connection.call`,
 * so it fails fast while disconnected and at the call's deadline while the engine is silent.
 * dockerode keeps the request's signal attached to the open stream, so the deadline must stop
 * counting once the stream is open: streams get no idle timeout. `cancel` aborts a pending open
 * (the subscriber left before the engine answered); an open stream is torn down by destroying it.
 */
export const openEngineStream = <T>(
  connection: EngineConnection,
  open: (client: Docker, signal: AbortSignal) => Promise<T>,
  cancel?: AbortSignal,
): Promise<T> =>
  connection.call(async (client, deadline) => {
    const controller = new AbortController();
    const abort = (): void => {
      controller.abort();
    };
    deadline.addEventListener('abort', abort, { once: true });
    cancel?.addEventListener('abort', abort, { once: true });
    try {
      if (cancel?.aborted) abort();
      return await open(client, controller.signal);
    } finally {
      deadline.removeEventListener('abort', abort);
      cancel?.removeEventListener('abort', abort);
    }
  });
