import type { ProjectAction, ProjectRemoveOutcome } from '../../../shared/contract/compose.js';
import type { ActionOutcome } from '../../../shared/contract/containers.js';
import { COMPOSE_LABELS } from '../../../shared/compose/compose-labels.js';
import { BerthError } from '../errors/berth-error.js';
import { statusCodeOf, toEnvelope } from '../errors/docker-errors.js';
import { containerAction, removeContainers } from '../containers/container-actions.js';
import type { ContainerSync } from '../containers/container-sync.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { worded } from '../../../shared/contract/error-texts.js';

const projectFilter = (project: string): { label: string[] } => ({
  label: [`${COMPOSE_LABELS.project}=${project}`],
});

interface Member {
  readonly id: string;
  readonly running: boolean;
}

/**
 * The project's containers as the engine has them now (not the model, which may be a burst of
 * events behind a `compose up` that just ended): one filtered list call.
 */
const members = async (connection: EngineConnection, project: string): Promise<Member[]> => {
  const list = await connection.call((client, signal) =>
    client.listContainers({ all: true, filters: projectFilter(project), abortSignal: signal }),
  );
  return list.map((c) => ({
    id: c.Id,
    running: c.State === 'running' || c.State === 'restarting' || c.State === 'paused',
  }));
};

const notFound = (project: string): BerthError =>
  new BerthError('NOT_FOUND', worded('projectNoContainers', { project }));

/** Start, stop or restart every container of a project, each on its own (one failure hides no other). */
export const projectAction = async (
  connection: EngineConnection,
  containers: ContainerSync,
  project: string,
  action: ProjectAction,
): Promise<ActionOutcome[]> => {
  const ids = (await members(connection, project)).map((m) => m.id);
  if (ids.length === 0) throw notFound(project);
  const outcomes = await containerAction(connection, action, ids);
  containers.touch(ids);
  return outcomes;
};

/** Removes one labelled network or volume; already gone counts as done. */
const removeOne = async (ref: string, remove: () => Promise<unknown>): Promise<ActionOutcome> => {
  try {
    await remove();
    return { ref, ok: true };
  } catch (err) {
    if (statusCodeOf(err) === 404) return { ref, ok: true };
    const { code, message } = toEnvelope(err);
    return { ref, ok: false, error: { code, message } };
  }
};

/**
 * What `compose down` removes, done through the engine for a project Berth may have no file
 * for: its containers, then its networks, then (if asked) its volumes. A running project is
 * refused unless `force`, which stops its containers first.
 */
export const removeProject = async (
  connection: EngineConnection,
  containers: ContainerSync,
  project: string,
  options: { readonly volumes: boolean; readonly force: boolean },
): Promise<ProjectRemoveOutcome> => {
  const list = await members(connection, project);
  if (list.length === 0) throw notFound(project);
  const running = list.filter((m) => m.running);
  if (running.length > 0 && !options.force) {
    throw new BerthError('CONFLICT', worded('projectRunning', { project, count: running.length }));
  }
  const ids = list.map((m) => m.id);
  if (running.length > 0)
    await containerAction(
      connection,
      'stop',
      running.map((m) => m.id),
    );
  const removed = await removeContainers(connection, ids, { volumes: false, force: options.force });
  containers.touch(ids);
  const outcome = { containers: removed, networks: [] as ActionOutcome[], volumes: [] as ActionOutcome[] };
  // A network or volume still used by a container that survived the removal would refuse anyway.
  if (removed.some((o) => !o.ok)) return outcome;

  const networks = await connection.call((client, signal) =>
    client.listNetworks({ filters: projectFilter(project), abortSignal: signal }),
  );
  for (const network of networks) {
    outcome.networks.push(
      await removeOne(network.Name, () =>
        connection.call((client, signal) => client.getNetwork(network.Id).remove({ abortSignal: signal })),
      ),
    );
  }
  if (options.volumes) {
    const { Volumes } = await connection.call((client, signal) =>
      client.listVolumes({ filters: projectFilter(project), abortSignal: signal }),
    );
    for (const volume of Volumes) {
      outcome.volumes.push(
        await removeOne(volume.Name, () =>
          connection.call((client, signal) => client.getVolume(volume.Name).remove({ abortSignal: signal })),
        ),
      );
    }
  }
  return outcome;
};
