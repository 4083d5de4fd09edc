import type Docker from 'dockerode';
import type {
  ConnectRequest,
  CreateNetworkRequest,
  NetworkInspect,
  NetworkSummary,
} from '../../../shared/contract/networks.js';
import {
  staticIpProblem,
  validateNetworkSpec,
  type FieldIssue,
} from '../../../shared/networks/network-validation.js';
import { removalRefusalWorded } from '../../../shared/networks/removal.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { engineNetworks } from '../engine/docker-calls.js';
import { attachmentsByNetwork, toNetworkSummary } from './network-list.js';
import { worded } from '../../../shared/contract/error-texts.js';

/*
 * Engine refusals keep the engine's words through the router's mapping (404 NOT_FOUND
 * "network x not found", 403/409 for endpoints in use, 400 for pool conflicts).
 */

const refuse = (issues: readonly FieldIssue[]): never => {
  const first = issues[0];
  throw new BerthError('VALIDATION', first ? first.message : worded('invalidNetwork'), issues);
};

/** @types/dockerode omits `abortSignal` from these options; dockerode forwards it. */
type InspectCall = (opts: { abortSignal: AbortSignal }) => Promise<Docker.NetworkInspectInfo>;
type ConnectCall = (opts: Record<string, unknown> & { abortSignal: AbortSignal }) => Promise<unknown>;

const inspectNetwork = (connection: EngineConnection, ref: string): Promise<Docker.NetworkInspectInfo> =>
  connection.call((client, signal) => {
    const network = client.getNetwork(ref);
    return (network.inspect as unknown as InspectCall).call(network, { abortSignal: signal });
  });

const subnetsOf = (n: Docker.NetworkInspectInfo): string[] =>
  (n.IPAM?.Config ?? []).flatMap((c) => (typeof c.Subnet === 'string' && c.Subnet ? [c.Subnet] : []));

const poolConfig = (pool: NonNullable<CreateNetworkRequest['ipv4']>): Record<string, string> => ({
  Subnet: pool.subnet,
  ...(pool.ipRange !== undefined && { IPRange: pool.ipRange }),
  ...(pool.gateway !== undefined && { Gateway: pool.gateway }),
});

/** Checks the whole request against the existing networks first, so a bad one creates nothing. */
export const createNetwork = async (
  connection: EngineConnection,
  spec: CreateNetworkRequest,
): Promise<NetworkSummary> => {
  const existing = await connection.call((client, signal) => engineNetworks(client, signal));
  const issues = validateNetworkSpec(
    spec,
    existing.map((n) => ({ name: n.Name, subnets: subnetsOf(n) })),
  );
  if (issues.length > 0) refuse(issues);
  const pools = [spec.ipv4, spec.ipv6].flatMap((p) => (p ? [poolConfig(p)] : []));
  const options: Docker.NetworkCreateOptions = {
    Name: spec.name,
    CheckDuplicate: true,
    Driver: spec.driver,
    EnableIPv6: spec.ipv6 !== undefined,
    Internal: spec.internal,
    Attachable: spec.attachable,
    Labels: spec.labels,
    Options: spec.encrypted ? { ...spec.options, encrypted: '' } : spec.options,
    ...(pools.length > 0 && { IPAM: { Driver: 'default', Config: pools } }),
  };
  const created = await connection.call((client, signal) =>
    client.createNetwork({ ...options, abortSignal: signal }),
  );
  return toNetworkSummary(await inspectNetwork(connection, created.id), new Map());
};

export const inspectNetworkDoc = async (connection: EngineConnection, ref: string): Promise<NetworkInspect> =>
  (await inspectNetwork(connection, ref)) as unknown as NetworkInspect;

/** Built-in networks and networks with containers attached (running or not) are refused with why. */
export const removeNetwork = async (
  connection: EngineConnection,
  ref: string,
): Promise<{ removed: string }> => {
  const network = await inspectNetwork(connection, ref);
  // Built-in names are refused before listing anything.
  const builtin = removalRefusalWorded(network.Name, []);
  if (builtin) throw new BerthError('CONFLICT', builtin);
  const containers = await connection.call((client, signal) =>
    client.listContainers({ all: true, abortSignal: signal }),
  );
  const attached = attachmentsByNetwork(containers).get(network.Id) ?? [];
  const refusal = removalRefusalWorded(
    network.Name,
    attached.map((c) => c.name),
  );
  if (refusal) throw new BerthError('CONFLICT', refusal);
  await connection.call((client, signal) => client.getNetwork(network.Id).remove({ abortSignal: signal }));
  return { removed: network.Name };
};

/** A static address is checked against the network's own subnets before the engine sees it. */
export const connectContainer = async (
  connection: EngineConnection,
  req: ConnectRequest,
): Promise<{ connected: true }> => {
  const network = await inspectNetwork(connection, req.network);
  const subnets = subnetsOf(network);
  const issues: FieldIssue[] = [];
  for (const [key, family] of [
    ['ipv4', 4],
    ['ipv6', 6],
  ] as const) {
    const value = req[key];
    const problem = value === undefined ? null : staticIpProblem(value, subnets, family);
    if (problem) issues.push({ path: key, message: problem });
  }
  if (issues.length > 0) refuse(issues);
  const ipam = {
    ...(req.ipv4 !== undefined && { IPv4Address: req.ipv4 }),
    ...(req.ipv6 !== undefined && { IPv6Address: req.ipv6 }),
  };
  await connection.call((client, signal) => {
    const target = client.getNetwork(network.Id);
    return (target.connect as unknown as ConnectCall).call(target, {
      Container: req.container,
      EndpointConfig: {
        ...(Object.keys(ipam).length > 0 && { IPAMConfig: ipam }),
        ...(req.alias !== undefined && { Aliases: [req.alias] }),
      },
      abortSignal: signal,
    });
  });
  return { connected: true };
};

export const disconnectContainer = async (
  connection: EngineConnection,
  req: { network: string; container: string; force: boolean },
): Promise<{ disconnected: true }> => {
  await connection.call((client, signal) => {
    const target = client.getNetwork(req.network);
    return (target.disconnect as unknown as ConnectCall).call(target, {
      Container: req.container,
      Force: req.force,
      abortSignal: signal,
    });
  });
  return { disconnected: true };
};
