import type { UpdateApplied } from '../../../shared/contract/image-updates.js';
import type { TaskEngine } from '../../../shared/contract/tasks.js';
import { BerthError } from '../errors/berth-error.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { startTransfer } from '../images/image-transfer.js';
import type { CredentialStore } from '../registry/credential-store.js';
import { containerForm } from '../run/run-from-container.js';
import { runEdit } from '../run/run-edit.js';
import type { TaskRegistry } from '../tasks/task-registry.js';
import { worded } from '../../../shared/contract/error-texts.js';

export interface ApplyDeps {
  readonly connection: EngineConnection;
  readonly tasks: TaskRegistry;
  readonly credentials: CredentialStore;
  readonly engine?: TaskEngine;
}

/**
 * "Update": pull the container's tag (a visible task, with the CLI's credentials), then replace
 * the container through the same transaction as Edit, with every setting and its anonymous
 * volumes kept. A failed pull changes nothing; a failure while replacing puts the original back
 * (runEdit's rollback), so the user is never left without their container.
 */
export const applyUpdate = async (deps: ApplyDeps, ref: string): Promise<UpdateApplied> => {
  const before = await containerForm(deps.connection, ref);
  const image = before.form.image;
  const current = (await deps.connection.call((client, signal) =>
    client.getContainer(ref).inspect({ abortSignal: signal }),
  )) as { Image: string };
  const task = startTransfer(
    {
      connection: deps.connection,
      tasks: deps.tasks,
      credentials: deps.credentials,
      ...(deps.engine ? { engine: deps.engine } : {}),
    },
    'pull',
    image,
  );
  const ended = await deps.tasks.whenEnded(task.id);
  if (ended.state !== 'succeeded')
    throw ended.error
      ? BerthError.fromEnvelope(ended.error)
      : new BerthError('ENGINE_ERROR', worded('pullFailed', { image }));
  const pulled = (await deps.connection.call((client) => client.getImage(image).inspect())) as { Id: string };
  if (pulled.Id === current.Image)
    return { updated: false, id: before.id, name: before.name, imageId: pulled.Id };
  const created = await runEdit(deps.connection, ref, before.form);
  return { updated: true, id: created.id, name: before.name, imageId: pulled.Id };
};
