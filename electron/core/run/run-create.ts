import type Docker from 'dockerode';
import type { RunCreated } from '../../../shared/contract/run.js';
import {
  endpointConfig,
  formToCreateBody,
  withKept,
  type CreateBody,
  type KeptConfig,
} from '../../../shared/run/create-body.js';
import type { RunForm } from '../../../shared/run/run-form.js';
import { BerthError } from '../errors/berth-error.js';
import {
  engineMessage,
  isAbortError,
  isConnectionError,
  statusCodeOf,
  toEnvelope,
} from '../errors/docker-errors.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { readOriginal } from './original-config.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** Starting waits for the engine to set up networking and mounts; stop waits for the stop timeout. */
export const START_GRACE_MS = 30_000;
export const STOP_GRACE_MS = 30_000;

/** `POST /containers/create` with the name and, for --platform, the platform in the query. */
const createCall = (
  client: Docker,
  body: CreateBody,
  name: string,
  platform: string,
  signal: AbortSignal,
): Promise<Docker.Container> =>
  client.createContainer({
    _query: { ...(name ? { name } : {}), ...(platform ? { platform } : {}) },
    _body: body,
    abortSignal: signal,
  } as unknown as Docker.ContainerCreateOptions);

/**
 * Creates the container the (validated) form describes, over `kept` (what Edit and Clone carry
 * from the original), and joins the form's other networks before anything starts, as
 * `docker network connect` would: the engine takes one network at create.
 */
export const createFromForm = async (
  connection: EngineConnection,
  form: RunForm,
  kept?: KeptConfig,
): Promise<{ id: string; name: string }> => {
  const body = withKept(formToCreateBody(form), kept);
  const created = await connection.call((client, signal) =>
    createCall(client, body, form.name, form.platform.trim(), signal),
  );
  try {
    for (const row of form.networks) {
      const endpoint = endpointConfig(row.aliases, row.ipv4, row.ipv6);
      await connection.call((client, signal) =>
        client.getNetwork(row.name).connect({
          Container: created.id,
          ...(endpoint ? { EndpointConfig: endpoint } : {}),
          abortSignal: signal,
        } as Docker.NetworkConnectOptions),
      );
    }
  } catch (err) {
    // Half-joined is not what was asked for: the new container goes, the error stays.
    await connection
      .call((client, signal) =>
        client.getContainer(created.id).remove({ force: true, v: true, abortSignal: signal }),
      )
      .catch(() => undefined);
    const envelope = toEnvelope(err);
    throw new BerthError(envelope.code, worded('joinNetworksFailed', { detail: envelope.message }));
  }
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
 * why, so the dialog can offer to fix or remove it instead of hiding it. A clone (`from`)
 * carries the original's settings the form does not model.
 */
export const runCreate = async (
  connection: EngineConnection,
  form: RunForm,
  from?: string,
): Promise<RunCreated> => {
  const kept = from ? (await readOriginal(connection, from)).kept : undefined;
  const { id, name } = await createFromForm(connection, form, kept);
  if (!form.start) return { id, name, started: false };
  try {
    await startContainer(connection, id);
    return { id, name, started: true };
  } catch (err) {
    if (!isEngineRefusal(err)) throw err;
    return { id, name, started: false, startError: engineMessage(err) };
  }
};
