import type Docker from 'dockerode';
import type {
  VolumeInspect,
  VolumeSummary,
  VolumeUsage,
  VolumeUser,
} from '../../../shared/contract/volumes.js';
import { list, obj, str } from '../../../shared/json/readers.js';
import { engineDiskUsage } from '../engine/docker-calls.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { statusCodeOf } from '../errors/docker-errors.js';
import { HELPER_LABEL } from '../helpers/helper-containers.js';
import { worded } from '../../../shared/contract/error-texts.js';

interface RawVolume {
  readonly Name: string;
  readonly Driver: string;
  readonly Mountpoint: string;
  readonly Scope?: string;
  readonly CreatedAt?: string;
  readonly Labels?: Record<string, string> | null;
  readonly UsageData?: { readonly Size?: number; readonly RefCount?: number } | null;
}

const createdAt = (value: string | undefined): number | null => {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
};

/** Which containers mount each named volume; Berth's helpers do not count as users. */
const usersByVolume = (containers: readonly Docker.ContainerInfo[]): Map<string, VolumeUser[]> => {
  const users = new Map<string, VolumeUser[]>();
  for (const container of containers) {
    if (container.Labels[HELPER_LABEL] !== undefined) continue;
    const user: VolumeUser = {
      id: container.Id,
      name: (container.Names[0] ?? container.Id.slice(0, 12)).replace(/^\//, ''),
      state: container.State,
    };
    for (const mount of container.Mounts) {
      if (mount.Type !== 'volume' || !mount.Name) continue;
      const list = users.get(mount.Name) ?? [];
      if (!list.some((u) => u.id === user.id)) list.push(user);
      users.set(mount.Name, list);
    }
  }
  return users;
};

const toSummary = (raw: RawVolume, users: ReadonlyMap<string, VolumeUser[]>): VolumeSummary => ({
  name: raw.Name,
  driver: raw.Driver,
  mountpoint: raw.Mountpoint,
  scope: raw.Scope ?? 'local',
  created: createdAt(raw.CreatedAt),
  labels: raw.Labels ?? {},
  usedBy: users.get(raw.Name) ?? [],
});

const listContainers = (
  connection: EngineConnection,
  filters: Record<string, string[]> = {},
): Promise<Docker.ContainerInfo[]> =>
  connection.call((client, signal) =>
    client.listContainers({ all: true, filters, abortSignal: signal } as Docker.ContainerListOptions),
  );

export const listVolumes = async (connection: EngineConnection): Promise<VolumeSummary[]> => {
  const [body, containers] = await Promise.all([
    connection.call(
      (client, signal) =>
        client.listVolumes({ abortSignal: signal } as object) as Promise<{ Volumes: RawVolume[] | null }>,
    ),
    listContainers(connection),
  ]);
  const users = usersByVolume(containers);
  return (body.Volumes ?? [])
    .map((raw) => toSummary(raw, users))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
};

/** Sizes as `docker system df -v` reports them; the engine computes them on demand (slow). */
export const volumeUsage = async (connection: EngineConnection): Promise<VolumeUsage[]> => {
  const body = obj(await connection.call((client, signal) => engineDiskUsage(client, signal), 60_000));
  return list(body.Volumes).map((item) => {
    const raw = obj(item);
    const usage = obj(raw.UsageData);
    const size = usage.Size;
    const refs = usage.RefCount;
    return {
      name: str(raw.Name),
      size: typeof size === 'number' && size >= 0 ? size : null,
      refCount: typeof refs === 'number' && refs >= 0 ? refs : null,
    };
  });
};

export const inspectVolume = async (connection: EngineConnection, name: string): Promise<VolumeInspect> =>
  (await connection.call((client, signal) =>
    client.getVolume(name).inspect({ abortSignal: signal }),
  )) as unknown as VolumeInspect;

/** Resolves if the volume exists; NOT_FOUND with the engine's message if not. */
export const requireVolume = async (connection: EngineConnection, name: string): Promise<void> => {
  await inspectVolume(connection, name);
};

export const volumeExists = async (connection: EngineConnection, name: string): Promise<boolean> => {
  try {
    await inspectVolume(connection, name);
    return true;
  } catch (err) {
    if (statusCodeOf(err) === 404) return false;
    throw err;
  }
};

export interface CreateVolume {
  readonly name: string;
  readonly driver: string;
  readonly driverOpts: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * The engine answers "create" for an existing name with the existing volume, silently; Berth
 * says it exists instead, so a typo never "succeeds" onto someone's data.
 */
export const createVolume = async (
  connection: EngineConnection,
  req: CreateVolume,
): Promise<VolumeSummary> => {
  if (await volumeExists(connection, req.name)) {
    throw new BerthError('CONFLICT', worded('volumeExists', { name: req.name }));
  }
  await connection.call((client, signal) =>
    client.createVolume({
      Name: req.name,
      Driver: req.driver,
      DriverOpts: { ...req.driverOpts },
      Labels: { ...req.labels },
      abortSignal: signal,
    } as object),
  );
  // dockerode answers a Volume handle, not the engine's document: read it back.
  const raw = (await inspectVolume(connection, req.name)) as unknown as RawVolume;
  return toSummary(raw, new Map());
};

const describeUsers = (users: readonly VolumeUser[]): string =>
  users.map((u) => `${u.name} (${u.state})`).join(', ');

/** Never forced: a volume in use is refused, naming the containers that use it. */
export const removeVolume = async (connection: EngineConnection, name: string): Promise<void> => {
  const users = usersByVolume(await listContainers(connection, { volume: [name] })).get(name) ?? [];
  if (users.length > 0) {
    throw new BerthError(
      'CONFLICT',
      worded('volumeInUse', { name, users: describeUsers(users), count: users.length }),
    );
  }
  try {
    await connection.call((client, signal) => client.getVolume(name).remove({ abortSignal: signal }));
  } catch (err) {
    if (statusCodeOf(err) !== 409) throw err;
    // A container started using it meanwhile (or a helper is reading it): name them if we can.
    const now = usersByVolume(await listContainers(connection, { volume: [name] })).get(name) ?? [];
    throw new BerthError(
      'CONFLICT',
      now.length > 0
        ? worded('volumeInUseBy', { name, users: describeUsers(now) })
        : worded('volumeInUseRetry', { name }),
    );
  }
};
