import { randomBytes } from 'node:crypto';
import type { RunCreated } from '../../../shared/contract/run.js';
import type { RunForm } from '../../../shared/run/run-form.js';
import { BerthError } from '../errors/berth-error.js';
import { statusCodeOf, toEnvelope } from '../errors/docker-errors.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { createFromForm, START_GRACE_MS, startContainer, STOP_GRACE_MS } from './run-create.js';

interface Original {
  readonly id: string;
  readonly name: string;
  readonly running: boolean;
  readonly autoRemove: boolean;
}

const inspectOriginal = async (connection: EngineConnection, ref: string): Promise<Original> => {
  const info = await connection.call((client, signal) =>
    client.getContainer(ref).inspect({ abortSignal: signal }),
  );
  return {
    id: info.Id,
    name: info.Name.replace(/^\//, ''),
    running: info.State.Running || info.State.Restarting,
    autoRemove: info.HostConfig.AutoRemove === true,
  };
};

/** A temporary name that still satisfies Docker's name rule and cannot collide by accident. */
export const temporaryName = (name: string): string =>
  `${name.slice(0, 90)}-berth-edit-${randomBytes(4).toString('hex')}`;

const bestEffort = async (step: () => Promise<unknown>): Promise<string | null> => {
  try {
    await step();
    return null;
  } catch (err) {
    return toEnvelope(err).message;
  }
};

/**
 * Replaces a container with one built from `form`, as one step the user can trust:
 *
 * 1. create the new container under a temporary name (nothing else changes yet);
 * 2. if the original runs, stop it (its ports and volumes are the new one's to take) and start
 *    the new one; a stopped original's replacement starts only when the form asks (`start`);
 * 3. remove the original (its anonymous volumes are kept, detached), rename the new one.
 *
 * A failure in 1–3 removes the new container and starts the original again if it was running,
 * so the original is left as it was: same id, same settings. Only a failed final rename leaves
 * the new container under its temporary name, and the error says so.
 */
export const runEdit = async (
  connection: EngineConnection,
  ref: string,
  form: RunForm,
): Promise<RunCreated> => {
  const original = await inspectOriginal(connection, ref);
  if (original.autoRemove && original.running) {
    throw new BerthError(
      'UNSUPPORTED',
      'This container was started with auto-remove (--rm): stopping it to apply the change would delete it. Clone it instead.',
    );
  }
  const finalName = form.name || original.name;
  if (finalName !== original.name) {
    const taken = await connection
      .call((client, signal) => client.getContainer(finalName).inspect({ abortSignal: signal }))
      .then(
        () => true,
        (err: unknown) => {
          if (statusCodeOf(err) === 404) return false;
          throw err;
        },
      );
    if (taken)
      throw new BerthError('CONFLICT', `The name "${finalName}" is already in use by another container.`);
  }

  const created = await createFromForm(connection, { ...form, name: temporaryName(finalName) });
  let originalStopped = false;
  try {
    if (original.running) {
      await connection.call(
        (client, signal) => client.getContainer(original.id).stop({ abortSignal: signal }),
        connection.callTimeoutMs + STOP_GRACE_MS,
      );
      originalStopped = true;
    }
    if (original.running || form.start) await startContainer(connection, created.id);
    await connection.call(
      (client, signal) =>
        client.getContainer(original.id).remove({ force: true, v: false, abortSignal: signal }),
      connection.callTimeoutMs + START_GRACE_MS,
    );
  } catch (err) {
    const envelope = toEnvelope(err);
    const cleanup = await bestEffort(() =>
      connection.call((client, signal) =>
        client.getContainer(created.id).remove({ force: true, v: true, abortSignal: signal }),
      ),
    );
    const restart = originalStopped ? await bestEffort(() => startContainer(connection, original.id)) : null;
    const outcome =
      restart === null
        ? `The original container "${original.name}" is unchanged${originalStopped ? ' and running again' : ''}.`
        : `The original container "${original.name}" is unchanged but did not start again: ${restart}`;
    const leftover =
      cleanup === null ? '' : ` The new container ${created.name} could not be removed: ${cleanup}`;
    throw new BerthError(envelope.code, `${envelope.message} — ${outcome}${leftover}`);
  }

  try {
    await connection.call((client, signal) =>
      client.getContainer(created.id).rename({ name: finalName, abortSignal: signal }),
    );
  } catch (err) {
    throw new BerthError(
      toEnvelope(err).code,
      `The change was applied, but renaming ${created.name} to ${finalName} failed: ${toEnvelope(err).message}`,
    );
  }
  return { id: created.id, name: finalName, started: original.running || form.start };
};
