import type {
  Inventory,
  InventoryCache,
  InventoryContainer,
  InventoryImage,
  InventoryNetwork,
  InventoryVolume,
} from '../../../shared/system/inventory.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { isBuiltinNetwork } from '../networks/network-list.js';
import { num, obj, str } from '../../../shared/json/readers.js';
import { engineDiskUsage, engineNetworks } from '../engine/docker-calls.js';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

const labels = (value: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(obj(value)).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );

const sizeOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

const toContainer = (raw: unknown): InventoryContainer => {
  const c = obj(raw);
  const names = list(c.Names).filter((n): n is string => typeof n === 'string');
  return {
    id: str(c.Id),
    name: (names[0] ?? str(c.Id).slice(0, 12)).replace(/^\//, ''),
    state: str(c.State),
    labels: labels(c.Labels),
    imageId: str(c.ImageID),
    sizeRw: sizeOrNull(c.SizeRw),
    volumeNames: list(c.Mounts)
      .map(obj)
      .filter((m) => m.Type === 'volume' && typeof m.Name === 'string')
      .map((m) => str(m.Name)),
    networkIds: Object.values(obj(obj(c.NetworkSettings).Networks))
      .map((n) => str(obj(n).NetworkID))
      .filter(Boolean),
  };
};

const toImage = (raw: unknown): InventoryImage => {
  const i = obj(raw);
  return {
    id: str(i.Id),
    tags: list(i.RepoTags).filter((t): t is string => typeof t === 'string'),
    labels: labels(i.Labels),
    size: num(i.Size),
    sharedSize: sizeOrNull(i.SharedSize),
    containers: typeof i.Containers === 'number' ? i.Containers : -1,
  };
};

const toVolume = (raw: unknown): InventoryVolume => {
  const v = obj(raw);
  const usage = obj(v.UsageData);
  return {
    name: str(v.Name),
    labels: labels(v.Labels),
    size: sizeOrNull(usage.Size),
    refCount: typeof usage.RefCount === 'number' ? usage.RefCount : 0,
  };
};

const toCache = (raw: unknown): InventoryCache => {
  const c = obj(raw);
  return {
    id: str(c.ID),
    type: str(c.Type),
    description: str(c.Description),
    size: num(c.Size),
    inUse: c.InUse === true,
    shared: c.Shared === true,
  };
};

/**
 * One `/system/df` (containers with sizes, images with container counts, volumes with usage,
 * build cache) and one `/networks`: everything disk usage and prune planning read.
 */
export const readInventory = async (connection: EngineConnection): Promise<Inventory> => {
  // df walks every layer and volume: give it more than a unary call's usual deadline.
  const [rawDf, networks] = await connection.call(
    (client, signal) => Promise.all([engineDiskUsage(client, signal), engineNetworks(client, signal)]),
    connection.callTimeoutMs * 4,
  );
  const df = obj(rawDf);
  return {
    containers: list(df.Containers).map(toContainer),
    images: list(df.Images).map(toImage),
    volumes: list(df.Volumes).map(toVolume),
    buildCache: list(df.BuildCache).map(toCache),
    networks: networks.map((n): InventoryNetwork => ({
      id: n.Id,
      name: n.Name,
      labels: n.Labels ?? {},
      builtin: isBuiltinNetwork(n.Name) || n.Scope === 'swarm' || n.Ingress,
    })),
    layersSize: sizeOrNull(df.LayersSize),
  };
};
