import type Docker from 'dockerode';
import {
  CREATABLE_DRIVERS,
  type AttachedContainer,
  type CreatableDriver,
  type NetworksList,
  type NetworkSummary,
} from '../../../shared/contract/networks.js';
import { isBuiltinNetworkName } from '../../../shared/networks/removal.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { obj } from '../../../shared/json/readers.js';
import { engineInfo, engineNetworks } from '../engine/docker-calls.js';

export const isBuiltinNetwork = isBuiltinNetworkName;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

const containerName = (c: Docker.ContainerInfo): string =>
  (c.Names[0] ?? c.Id.slice(0, 12)).replace(/^\//, '');

/**
 * Who is attached to which network, from one `/containers/json?all=1`: `/networks` leaves its
 * Containers empty, and inspecting every network would cost a call per network. Stopped
 * containers are included (they rejoin on start) with the address they asked for.
 */
export const attachmentsByNetwork = (
  containers: readonly Docker.ContainerInfo[],
): Map<string, AttachedContainer[]> => {
  const byNetwork = new Map<string, AttachedContainer[]>();
  for (const c of containers) {
    for (const endpoint of Object.values(c.NetworkSettings.Networks)) {
      const ipam = endpoint.IPAMConfig as { IPv4Address?: unknown } | null | undefined;
      const attached: AttachedContainer = {
        id: c.Id,
        name: containerName(c),
        state: c.State,
        ipv4: text(endpoint.IPAddress),
        ipv6: text(endpoint.GlobalIPv6Address),
        staticIpv4: text(ipam?.IPv4Address),
      };
      const list = byNetwork.get(endpoint.NetworkID) ?? [];
      list.push(attached);
      byNetwork.set(endpoint.NetworkID, list);
    }
  }
  return byNetwork;
};

export const toNetworkSummary = (
  n: Docker.NetworkInspectInfo,
  attached: ReadonlyMap<string, readonly AttachedContainer[]>,
): NetworkSummary => ({
  id: n.Id,
  name: n.Name,
  driver: n.Driver,
  scope: n.Scope,
  internal: n.Internal,
  attachable: n.Attachable,
  ipv6: n.EnableIPv6,
  builtin: isBuiltinNetwork(n.Name),
  created: n.Created,
  labels: n.Labels ?? {},
  subnets: (n.IPAM?.Config ?? []).flatMap((config) => {
    const subnet = text(config.Subnet);
    return subnet ? [{ subnet, gateway: text(config.Gateway), ipRange: text(config.IPRange) }] : [];
  }),
  containers: [...(attached.get(n.Id) ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
});

export const listNetworks = async (connection: EngineConnection): Promise<NetworksList> => {
  const [networks, containers, info] = await connection.call((client, signal) =>
    Promise.all([
      engineNetworks(client, signal),
      client.listContainers({ all: true, abortSignal: signal }),
      engineInfo(client, signal),
    ]),
  );
  const attached = attachmentsByNetwork(containers);
  const plugins = obj(obj(info).Plugins).Network;
  const available = new Set(Array.isArray(plugins) ? plugins : []);
  // The engine lists the overlay driver even outside a swarm, where creating one fails.
  if (obj(obj(info).Swarm).ControlAvailable !== true) available.delete('overlay');
  return {
    networks: networks.map((n) => toNetworkSummary(n, attached)).sort((a, b) => a.name.localeCompare(b.name)),
    drivers: CREATABLE_DRIVERS.filter((d): d is CreatableDriver => available.has(d)),
  };
};
