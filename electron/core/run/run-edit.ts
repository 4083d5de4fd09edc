import { randomBytes } from 'node:crypto';
import type { RunCreated } from '../../../shared/contract/run.js';
import type { KeptConfig } from '../../../shared/run/create-body.js';
import { imageDefaultsFromInspect } from '../../../shared/run/from-inspect.js';
import type { MountRow, RunForm } from '../../../shared/run/run-form.js';
import { BerthError } from '../errors/berth-error.js';
import { statusCodeOf, toEnvelope } from '../errors/docker-errors.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { readOriginal } from './original-config.js';
import { createFromForm, START_GRACE_MS, startContainer, STOP_GRACE_MS } from './run-create.js';
import { worded } from '../../../shared/contract/error-texts.js';

interface Original {
  readonly id: string;
  readonly name: string;
  readonly running: boolean;
  readonly autoRemove: boolean;
  readonly kept: KeptConfig;
  /** Anonymous volumes by mount path: the same volumes go to the new container. */
  readonly anonymous: ReadonlyMap<string, { name: string; readOnly: boolean }>;
  /** Paths of the image's own VOLUMEs. */
  readonly imageVolumes: readonly string[];
}

const ANONYMOUS_VOLUME = /^[0-9a-f]{64}$/;

const inspectOriginal = async (connection: EngineConnection, ref: string): Promise<Original> => {
  const { container, image, kept } = await readOriginal(connection, ref);
  const state = container.State;
  const anonymous = new Map<string, { name: string; readOnly: boolean }>();
  for (const entry of Array.isArray(container.Mounts)
    ? (container.Mounts as Record<string, unknown>[])
    : []) {
    if (entry.Type === 'volume' && typeof entry.Name === 'string' && ANONYMOUS_VOLUME.test(entry.Name)) {
      anonymous.set(String(entry.Destination), { name: entry.Name, readOnly: entry.RW === false });
    }
  }
  return {
    id: container.Id,
    name: container.Name.replace(/^\//, ''),
    running: state.Running === true || state.Restarting === true,
    autoRemove: container.HostConfig.AutoRemove === true,
    kept,
    anonymous,
    imageVolumes: imageDefaultsFromInspect(image).volumes,
  };
};

/**
 * The form's mounts with the original's anonymous volumes attached again at the same paths: a
 * row without a volume name at a path that had an anonymous volume takes that volume, and the
 * image's VOLUMEs (which the form leaves out) get theirs explicitly, so no data is left behind.
 */
export const reattachAnonymous = (
  mounts: readonly MountRow[],
  anonymous: Original['anonymous'],
  imageVolumes: readonly string[],
): MountRow[] => {
  const rows = mounts.map((row) => {
    const volume = row.kind === 'volume' && row.source === '' ? anonymous.get(row.target) : undefined;
    return volume ? { ...row, source: volume.name } : row;
  });
  const taken = new Set(rows.map((row) => row.target));
  for (const path of imageVolumes) {
    const volume = anonymous.get(path);
    if (volume && !taken.has(path))
      rows.push({ kind: 'volume', source: volume.name, target: path, readOnly: volume.readOnly });
  }
  return rows;
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
 * 3. remove the original (not its volumes: its anonymous ones are the new one's), rename the new one.
 *
 * The new container gets every setting of the original the form does not model (kept as is)
 * and the original's anonymous volumes at the same paths.
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
    throw new BerthError('UNSUPPORTED', worded('editAutoRemove'));
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
    if (taken) throw new BerthError('CONFLICT', worded('containerNameTaken', { name: finalName }));
  }

  const created = await createFromForm(
    connection,
    {
      ...form,
      name: temporaryName(finalName),
      mounts: reattachAnonymous(form.mounts, original.anonymous, original.imageVolumes),
    },
    original.kept,
  );
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
      restart !== null
        ? 'editFailedNotRestarted'
        : originalStopped
          ? 'editFailedRunningAgain'
          : 'editFailedUnchanged';
    const params = { detail: envelope.message, name: original.name, restart: restart ?? '' };
    throw new BerthError(
      envelope.code,
      cleanup === null
        ? worded(outcome, params)
        : worded(`${outcome}Leftover`, { ...params, created: created.name, cleanup }),
    );
  }

  try {
    await connection.call((client, signal) =>
      client.getContainer(created.id).rename({ name: finalName, abortSignal: signal }),
    );
  } catch (err) {
    throw new BerthError(
      toEnvelope(err).code,
      worded('editRenameFailed', { from: created.name, to: finalName, detail: toEnvelope(err).message }),
    );
  }
  return { id: created.id, name: finalName, started: original.running || form.start };
};
