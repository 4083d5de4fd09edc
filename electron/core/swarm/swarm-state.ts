import { networkInterfaces } from 'node:os';
import type { HostInterface, JoinTokens, SwarmState } from '../../../shared/swarm/swarm-types.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { engineMessage, statusCodeOf } from '../errors/docker-errors.js';
import { swarmDial, type EngineCaller } from './swarm-api.js';
import { worded } from '../../../shared/contract/error-texts.js';

interface RawInfo {
  readonly Swarm?: {
    readonly LocalNodeState?: string;
    readonly ControlAvailable?: boolean;
    readonly NodeID?: string;
    readonly NodeAddr?: string;
    readonly Error?: string;
    readonly Managers?: number;
    readonly Nodes?: number;
    readonly Cluster?: { readonly ID?: string } | null;
  };
}

interface RawSwarm {
  readonly Version?: { readonly Index?: number };
  readonly Spec?: unknown;
  readonly JoinTokens?: { readonly Worker?: string; readonly Manager?: string };
}

const STATES = new Set(['inactive', 'pending', 'active', 'error', 'locked']);

export const readSwarmState = async (connection: EngineCaller): Promise<SwarmState> => {
  const info = await connection.call((client, signal) =>
    swarmDial<RawInfo>(client, { path: '/info', method: 'GET' }, signal),
  );
  const s = info.Swarm ?? {};
  const state = STATES.has(s.LocalNodeState ?? '') ? (s.LocalNodeState as SwarmState['state']) : 'inactive';
  return {
    state,
    isManager: state === 'active' && s.ControlAvailable === true,
    nodeId: s.NodeID || null,
    nodeAddr: s.NodeAddr || null,
    clusterId: s.Cluster?.ID ?? null,
    managers: s.Managers ?? 0,
    nodes: s.Nodes ?? 0,
    error: s.Error || null,
  };
};

/** Refuses a call that needs a manager with a sentence, before the engine's "This node is not a swarm manager". */
export const requireManager = async (connection: EngineConnection): Promise<SwarmState> => {
  const state = await readSwarmState(connection);
  assertManager(state);
  return state;
};

export const assertManager = (state: SwarmState): void => {
  if (state.isManager) return;
  throw new BerthError(
    'UNSUPPORTED',
    state.state === 'inactive' ? worded('notInSwarm') : worded('swarmWorker'),
  );
};

/**
 * The host's addresses, loopback first: a single-node swarm advertised on 127.0.0.1 is reachable
 * only from this machine, which is the safe default (no port opened to the network).
 */
export const hostInterfaces = (): HostInterface[] => {
  const out: HostInterface[] = [];
  for (const [name, addrs] of Object.entries(networkInterfaces())) {
    for (const a of addrs ?? []) {
      if (a.family === 'IPv6' && a.address.startsWith('fe80:')) continue;
      out.push({ name, address: a.address, family: a.family, internal: a.internal });
    }
  }
  return out.sort((a, b) => Number(b.internal) - Number(a.internal) || (a.family < b.family ? -1 : 1));
};

export const initSwarm = async (connection: EngineConnection, advertiseAddr: string): Promise<SwarmState> => {
  const before = await readSwarmState(connection);
  if (before.state !== 'inactive') {
    throw new BerthError('CONFLICT', worded('alreadyInSwarm'));
  }
  // The listen address follows the advertised one, so a loopback swarm listens on loopback only.
  const host = advertiseAddr.replace(/:\d+$/, '');
  const listenHost = /^[0-9.]+$/.test(host) || host.startsWith('[') ? host : '0.0.0.0';
  await connection.call(
    (client, signal) =>
      swarmDial<unknown>(
        client,
        {
          path: '/swarm/init',
          method: 'POST',
          body: { ListenAddr: `${listenHost}:2377`, AdvertiseAddr: advertiseAddr, ForceNewCluster: false },
        },
        signal,
      ),
    60_000,
  );
  return readSwarmState(connection);
};

/** dockerd gives the swarm node 15 s to stop, then answers "context deadline exceeded" while it goes on stopping. */
const LEAVE_ATTEMPTS = 3;
const LEAVE_RETRY_MS = 2_000;

const worthAnotherForcedLeave = (err: unknown): boolean =>
  /deadline exceeded/i.test(engineMessage(err)) ||
  (err instanceof BerthError && err.code === 'ENGINE_UNREACHABLE');

export const leaveSwarm = async (connection: EngineConnection, force: boolean): Promise<SwarmState> => {
  for (let attempt = 1; ; attempt++) {
    try {
      await connection.call(
        (client, signal) =>
          swarmDial<unknown>(client, { path: '/swarm/leave', method: 'POST', query: { force } }, signal),
        60_000,
      );
      return await readSwarmState(connection);
    } catch (err) {
      if (statusCodeOf(err) === 503) {
        // 503 is both "not part of a swarm" (already done) and a manager's refusal to leave unforced.
        const state = await readSwarmState(connection);
        if (state.state === 'inactive') return state;
        throw new BerthError('CONFLICT', engineMessage(err));
      }
      // A forced leave is safe to ask again, and the second ask finds the node already stopped.
      if (!force || attempt >= LEAVE_ATTEMPTS || !worthAnotherForcedLeave(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, LEAVE_RETRY_MS));
    }
  }
};

const inspectSwarm = (connection: EngineConnection): Promise<RawSwarm> =>
  connection.call((client, signal) => swarmDial<RawSwarm>(client, { path: '/swarm', method: 'GET' }, signal));

/** Keeps the token's kind and last four characters, so two tokens can still be told apart. */
export const maskToken = (token: string): string => {
  const parts = token.split('-');
  const tail = token.slice(-4);
  return parts.length >= 3 ? `${parts[0]}-${parts[1]}-…${tail}` : `…${tail}`;
};

export const joinTokens = async (connection: EngineConnection, reveal: boolean): Promise<JoinTokens> => {
  const state = await requireManager(connection);
  const swarm = await inspectSwarm(connection);
  const worker = swarm.JoinTokens?.Worker ?? '';
  const manager = swarm.JoinTokens?.Manager ?? '';
  return {
    worker: reveal ? worker : maskToken(worker),
    manager: reveal ? manager : maskToken(manager),
    revealed: reveal,
    managerAddr: state.nodeAddr ? `${state.nodeAddr}:2377` : null,
  };
};

export const rotateToken = async (
  connection: EngineConnection,
  role: 'worker' | 'manager',
): Promise<JoinTokens> => {
  await requireManager(connection);
  const swarm = await inspectSwarm(connection);
  await connection.call((client, signal) =>
    swarmDial<unknown>(
      client,
      {
        path: '/swarm/update',
        method: 'POST',
        query: {
          version: swarm.Version?.Index ?? 0,
          rotateWorkerToken: role === 'worker',
          rotateManagerToken: role === 'manager',
        },
        body: swarm.Spec,
      },
      signal,
    ),
  );
  return joinTokens(connection, false);
};
