import type {
  ConfigDetail,
  ObjectCreateRequest,
  SwarmObjectSummary,
} from '../../../shared/swarm/swarm-types.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { statusCodeOf } from '../errors/docker-errors.js';
import { swarmDial } from './swarm-api.js';
import { toObjectSummary, type RawObject, type RawService } from './swarm-raw.js';
import { requireManager } from './swarm-state.js';
import { worded } from '../../../shared/contract/error-texts.js';

export type ObjectKind = 'secrets' | 'configs';

/** Service names by the secret or config ids their specs reference. */
const usersById = async (connection: EngineConnection, kind: ObjectKind): Promise<Map<string, string[]>> => {
  const services = await connection.call((client, signal) =>
    swarmDial<RawService[]>(client, { path: '/services', method: 'GET' }, signal),
  );
  const idKey = kind === 'secrets' ? 'SecretID' : 'ConfigID';
  const users = new Map<string, string[]>();
  for (const s of services) {
    const refs = (s.Spec.TaskTemplate?.ContainerSpec?.[kind === 'secrets' ? 'Secrets' : 'Configs'] ??
      []) as readonly Record<string, unknown>[];
    for (const ref of refs) {
      const id = ref[idKey];
      if (typeof id !== 'string') continue;
      users.set(id, [...(users.get(id) ?? []), s.Spec.Name ?? s.ID]);
    }
  }
  return users;
};

const inspectRaw = async (
  connection: EngineConnection,
  kind: ObjectKind,
  ref: string,
): Promise<RawObject> => {
  try {
    return await connection.call((client, signal) =>
      swarmDial<RawObject>(client, { path: `/${kind}/${encodeURIComponent(ref)}`, method: 'GET' }, signal),
    );
  } catch (err) {
    if (statusCodeOf(err) === 404) {
      throw new BerthError('NOT_FOUND', worded(kind === 'secrets' ? 'noSecret' : 'noConfig', { ref }));
    }
    throw err;
  }
};

export const listObjects = async (
  connection: EngineConnection,
  kind: ObjectKind,
): Promise<SwarmObjectSummary[]> => {
  await requireManager(connection);
  const [raws, users] = await Promise.all([
    connection.call((client, signal) =>
      swarmDial<RawObject[]>(client, { path: `/${kind}`, method: 'GET' }, signal),
    ),
    usersById(connection, kind),
  ]);
  return raws
    .map((raw) => toObjectSummary(raw, users.get(raw.ID) ?? []))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
};

/** Metadata only. The engine never returns a secret's data; Berth never asks for it either. */
export const inspectObject = async (
  connection: EngineConnection,
  kind: ObjectKind,
  ref: string,
): Promise<SwarmObjectSummary> => {
  const [raw, users] = await Promise.all([inspectRaw(connection, kind, ref), usersById(connection, kind)]);
  return toObjectSummary(raw, users.get(raw.ID) ?? []);
};

export const inspectConfig = async (connection: EngineConnection, ref: string): Promise<ConfigDetail> => {
  const [raw, users] = await Promise.all([
    inspectRaw(connection, 'configs', ref),
    usersById(connection, 'configs'),
  ]);
  return {
    ...toObjectSummary(raw, users.get(raw.ID) ?? []),
    data: Buffer.from(raw.Spec.Data ?? '', 'base64').toString('utf8'),
  };
};

/** The data goes to the engine and nowhere else: it is not logged, kept or echoed back. */
export const createObject = async (
  connection: EngineConnection,
  kind: ObjectKind,
  req: ObjectCreateRequest,
): Promise<SwarmObjectSummary> => {
  await requireManager(connection);
  const bytes = Buffer.from(req.dataBase64, 'base64');
  if (bytes.length === 0)
    throw new BerthError('VALIDATION', worded(kind === 'secrets' ? 'secretEmpty' : 'configEmpty'));
  let created: { ID: string };
  try {
    created = await connection.call((client, signal) =>
      swarmDial<{ ID: string }>(
        client,
        {
          path: `/${kind}/create`,
          method: 'POST',
          body: { Name: req.name, Labels: { ...req.labels }, Data: bytes.toString('base64') },
          ok: [201],
        },
        signal,
      ),
    );
  } catch (err) {
    if (statusCodeOf(err) === 409) {
      throw new BerthError(
        'CONFLICT',
        worded(kind === 'secrets' ? 'secretExists' : 'configExists', { name: req.name }),
      );
    }
    throw err;
  }
  return toObjectSummary(await inspectRaw(connection, kind, created.ID), []);
};

/** Refused while a service uses it, naming the services (the engine's message names ids). */
export const removeObject = async (
  connection: EngineConnection,
  kind: ObjectKind,
  ref: string,
): Promise<string> => {
  const raw = await inspectRaw(connection, kind, ref);
  const users = (await usersById(connection, kind)).get(raw.ID) ?? [];
  if (users.length > 0) {
    throw new BerthError(
      'CONFLICT',
      worded(kind === 'secrets' ? 'secretInUse' : 'configInUse', {
        name: raw.Spec.Name,
        users: users.join(', '),
        count: users.length,
      }),
    );
  }
  try {
    await connection.call((client, signal) =>
      swarmDial<unknown>(client, { path: `/${kind}/${raw.ID}`, method: 'DELETE', ok: [204] }, signal),
    );
  } catch (err) {
    if (statusCodeOf(err) !== 404) throw err;
  }
  return raw.ID;
};
