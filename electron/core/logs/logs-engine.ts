import type Docker from 'dockerode';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { isAbortError, isConnectionError, statusCodeOf, toEnvelope } from '../errors/docker-errors.js';
import { openEngineStream } from '../engine/open-engine-stream.js';

/** The open logs body (an http response): pausable, and destroyed on teardown. */
export type LogsBody = NodeJS.ReadableStream & { destroy(): void };

export interface LogsTarget {
  readonly id: string;
  readonly tty: boolean;
  readonly running: boolean;
}

export interface LogsQuery {
  /** Timestamps are the resume position; a bounded history may go without (the engine is faster). */
  readonly timestamps: boolean;
  readonly tail: number | 'all';
  readonly since?: number | string;
  readonly until?: number | string;
}

export const inspectTarget = async (connection: EngineConnection, ref: string): Promise<LogsTarget> => {
  const info = await connection.call((client, signal) =>
    client.getContainer(ref).inspect({ abortSignal: signal }),
  );
  return { id: info.Id, tty: info.Config.Tty, running: info.State.Running };
};

/**
 * Opens the logs body. Always `follow` (without it the engine buffers the whole log before the
 * first byte: a stopped container's body ends by itself, and `until` ends a running one's).
 * `abort` cancels a pending open; an open body is torn down by destroying it (streams have no
 * idle timeout).
 */
export const openLogsBody = async (
  connection: EngineConnection,
  id: string,
  query: LogsQuery,
  abort: AbortController,
): Promise<LogsBody> =>
  (await openEngineStream(
    connection,
    (client, signal) =>
      client.getContainer(id).logs({
        follow: true,
        stdout: true,
        stderr: true,
        ...query,
        abortSignal: signal,
      } as Docker.ContainerLogsOptions & { follow: true }),
    abort.signal,
  )) as LogsBody;

export const isNotFound = (err: unknown): boolean =>
  statusCodeOf(err) === 404 || (err instanceof BerthError && err.code === 'NOT_FOUND');

/**
 * `docker rm -f` kills first and removes after: a reopen in between is refused with 409
 * "dead or marked for removal" before the destroy event arrives.
 */
export const isBeingRemoved = (err: unknown): boolean => {
  const envelope = toEnvelope(err);
  return envelope.code === 'CONFLICT' && /marked for removal|is dead/i.test(envelope.message);
};

/** The engine is away (or not answering), as opposed to refusing the request. */
export const isEngineDown = (err: unknown): boolean =>
  err instanceof BerthError
    ? err.code === 'ENGINE_UNREACHABLE' || err.code === 'TIMEOUT'
    : isConnectionError(err) || isAbortError(err);
