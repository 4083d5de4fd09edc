import type { QuickRunResult } from '../../../shared/contract/discover.js';
import { publishedUrl, quickRunForm } from '../../../shared/discover/quick-run.js';
import { imageDefaultsFromInspect } from '../../../shared/run/from-inspect.js';
import type { RunForm } from '../../../shared/run/run-form.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { engineMessage, statusCodeOf } from '../errors/docker-errors.js';
import { runCreate } from '../run/run-create.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** Names taken right now, read from the engine (not a model that may lag behind a create). */
const takenNames = async (
  connection: EngineConnection,
): Promise<{ containers: Set<string>; volumes: Set<string> }> => {
  const [containers, volumes] = await Promise.all([
    connection.call((client, signal) => client.listContainers({ all: true, abortSignal: signal })),
    connection.call((client, signal) => client.listVolumes({ abortSignal: signal })),
  ]);
  return {
    containers: new Set(containers.flatMap((c) => c.Names.map((n) => n.replace(/^\//, '')))),
    // The engine answers null rather than [] when there are none.
    volumes: new Set(((volumes.Volumes as typeof volumes.Volumes | null) ?? []).map((v) => v.Name)),
  };
};

/** Kitematic's defaults for a local image (see quickRunForm); a missing image is NOT_FOUND. */
export const planQuickRun = async (
  connection: EngineConnection,
  image: string,
  alsoTaken: ReadonlySet<string> = new Set(),
): Promise<RunForm> => {
  let inspect: Record<string, unknown>;
  try {
    // dockerode's image inspect takes no signal: the call's deadline still bounds the wait.
    inspect = (await connection.call((client) => client.getImage(image).inspect())) as unknown as Record<
      string,
      unknown
    >;
  } catch (err) {
    if (statusCodeOf(err) === 404) throw new BerthError('NOT_FOUND', worded('imageNotPulled', { image }));
    throw err;
  }
  const defaults = imageDefaultsFromInspect(inspect);
  const taken = await takenNames(connection);
  for (const name of alsoTaken) taken.containers.add(name);
  return quickRunForm(image, defaults, taken);
};

/** The published URL as the engine bound it (the host port was left to the engine). */
const urlOf = async (connection: EngineConnection, id: string): Promise<string | null> => {
  const inspect = await connection.call((client, signal) =>
    client.getContainer(id).inspect({ abortSignal: signal }),
  );
  const ports = Object.entries(
    inspect.NetworkSettings.Ports as Record<string, { HostIp: string; HostPort: string }[] | null>,
  ).flatMap(([key, bindings]) =>
    (bindings ?? []).map((b) => ({
      hostIp: b.HostIp,
      hostPort: Number(b.HostPort),
      protocol: key.split('/')[1] ?? 'tcp',
    })),
  );
  return publishedUrl(ports);
};

/** Tries this many names when another client takes the chosen one between plan and create. */
const NAME_ATTEMPTS = 5;

/**
 * One click: plan, create and start. A name taken in the meantime (409) plans again, so the
 * suffix moves on rather than failing the click. The engine reserves a name before the container
 * it is creating shows in its list, so a name that conflicted is remembered as taken: a second
 * click racing the first would otherwise pick the same unlisted name on every attempt.
 */
export const quickRun = async (connection: EngineConnection, image: string): Promise<QuickRunResult> => {
  const conflicted = new Set<string>();
  for (let attempt = 1; ; attempt++) {
    const form = await planQuickRun(connection, image, conflicted);
    try {
      const created = await runCreate(connection, form);
      return { ...created, url: created.started ? await urlOf(connection, created.id) : null };
    } catch (err) {
      if (statusCodeOf(err) !== 409 || attempt >= NAME_ATTEMPTS) {
        if (err instanceof BerthError) throw err;
        throw new BerthError(statusCodeOf(err) === 409 ? 'CONFLICT' : 'ENGINE_ERROR', engineMessage(err));
      }
      conflicted.add(form.name);
    }
  }
};
