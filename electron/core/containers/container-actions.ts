import type Docker from 'dockerode';
import type { ActionOutcome, ContainerAction } from '../../../shared/contract/containers.js';
import { engineMessage, statusCodeOf, toEnvelope } from '../errors/docker-errors.js';
import type { EngineConnection } from '../engine/engine-connection.js';

/** Stop, restart and remove wait for the container's own stop timeout (10 s by default) on top. */
const STOP_GRACE_MS = 30_000;
const SLOW = new Set<ContainerAction | 'remove'>(['stop', 'restart', 'remove']);

const deadline = (connection: EngineConnection, action: ContainerAction | 'remove'): number =>
  connection.callTimeoutMs + (SLOW.has(action) ? STOP_GRACE_MS : 0);

const CONCURRENCY = 8;

/**
 * Another window or the CLI got there first: "already started/stopped" (304), "already in
 * progress" (409) and, for removal, "no such container" (404) mean the wish is fulfilled.
 */
const alreadyDone = (action: ContainerAction | 'remove', err: unknown): boolean => {
  const status = statusCodeOf(err);
  if (status === 304) return true;
  if (status === 409 && /already in progress/i.test(engineMessage(err))) return true;
  return action === 'remove' && status === 404;
};

const runAction = (
  client: Docker,
  ref: string,
  action: ContainerAction,
  signal: AbortSignal,
): Promise<unknown> => {
  const container = client.getContainer(ref);
  const opts = { abortSignal: signal };
  switch (action) {
    case 'start':
      return container.start(opts);
    case 'stop':
      return container.stop(opts);
    case 'restart':
      return container.restart(opts);
    case 'pause':
      return container.pause(opts);
    case 'unpause':
      return container.unpause(opts);
    case 'kill':
      return container.kill(opts);
  }
};

/** Runs `fn` over refs with bounded concurrency; one failure never hides the others. */
const forEachRef = async (
  refs: readonly string[],
  action: ContainerAction | 'remove',
  fn: (ref: string) => Promise<unknown>,
): Promise<ActionOutcome[]> => {
  const outcomes: ActionOutcome[] = new Array<ActionOutcome>(refs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < refs.length) {
      const index = next++;
      const ref = refs[index] as string;
      try {
        await fn(ref);
        outcomes[index] = { ref, ok: true };
      } catch (err) {
        const error = toEnvelope(err);
        outcomes[index] = alreadyDone(action, err)
          ? { ref, ok: true }
          : { ref, ok: false, error: { code: error.code, message: error.message } };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, refs.length) }, worker));
  return outcomes;
};

export const containerAction = (
  connection: EngineConnection,
  action: ContainerAction,
  refs: readonly string[],
): Promise<ActionOutcome[]> =>
  forEachRef(refs, action, (ref) =>
    connection.call((client, signal) => runAction(client, ref, action, signal), deadline(connection, action)),
  );

export const removeContainers = (
  connection: EngineConnection,
  refs: readonly string[],
  options: { readonly volumes: boolean; readonly force: boolean },
): Promise<ActionOutcome[]> =>
  forEachRef(refs, 'remove', (ref) =>
    connection.call(
      (client, signal) =>
        client.getContainer(ref).remove({ v: options.volumes, force: options.force, abortSignal: signal }),
      deadline(connection, 'remove'),
    ),
  );
