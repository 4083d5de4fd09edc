import type { RunCreated } from '../../../shared/contract/run.js';
import { formToCreateBody } from '../../../shared/run/create-body.js';
import type { RunForm } from '../../../shared/run/run-form.js';
import { engineMessage, isAbortError, isConnectionError, statusCodeOf } from '../errors/docker-errors.js';
import { createContainerCall } from '../engine/docker-calls.js';
import type { EngineConnection } from '../engine/engine-connection.js';

/** Starting waits for the engine to set up networking and mounts; stop waits for the stop timeout. */
export const START_GRACE_MS = 30_000;
export const STOP_GRACE_MS = 30_000;

/** Creates the container the (validated) form describes; nothing is started. */
export const createFromForm = async (
  connection: EngineConnection,
  form: RunForm,
): Promise<{ id: string; name: string }> => {
  const body = formToCreateBody(form);
  const created = await connection.call((client, signal) =>
    createContainerCall(client, body, form.name || undefined, signal),
  );
  const name = form.name
    ? form.name
    : (
        await connection.call((client, signal) =>
          client.getContainer(created.id).inspect({ abortSignal: signal }),
        )
      ).Name.replace(/^\//, '');
  return { id: created.id, name };
};

export const startContainer = (connection: EngineConnection, id: string): Promise<unknown> =>
  connection.call(
    (client, signal) => client.getContainer(id).start({ abortSignal: signal }),
    connection.callTimeoutMs + START_GRACE_MS,
  );

/** True when the engine answered and said no (as opposed to not answering at all). */
export const isEngineRefusal = (err: unknown): boolean =>
  statusCodeOf(err) !== undefined && !isConnectionError(err) && !isAbortError(err);

/**
 * `docker run -d`: create, then start. When the engine creates the container but refuses to
 * start it, the container stays (as Created, the way the CLI leaves it) and the answer says
 * why, so the dialog can offer to fix or remove it instead of hiding it.
 */
export const runCreate = async (connection: EngineConnection, form: RunForm): Promise<RunCreated> => {
  const { id, name } = await createFromForm(connection, form);
  if (!form.start) return { id, name, started: false };
  try {
    await startContainer(connection, id);
    return { id, name, started: true };
  } catch (err) {
    if (!isEngineRefusal(err)) throw err;
    return { id, name, started: false, startError: engineMessage(err) };
  }
};
