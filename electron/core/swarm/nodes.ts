import type { NodeUpdateRequest, SwarmNode } from '../../../shared/swarm/swarm-types.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { engineMessage, statusCodeOf } from '../errors/docker-errors.js';
import { swarmDial } from './swarm-api.js';
import { toSwarmNode, type RawNode } from './swarm-raw.js';
import { requireManager } from './swarm-state.js';
import { worded } from '../../../shared/contract/error-texts.js';

export const listNodes = async (connection: EngineConnection): Promise<SwarmNode[]> => {
  const state = await requireManager(connection);
  const raws = await connection.call((client, signal) =>
    swarmDial<RawNode[]>(client, { path: '/nodes', method: 'GET' }, signal),
  );
  return raws
    .map((raw) => toSwarmNode(raw, state.nodeId))
    .sort((a, b) => (a.hostname < b.hostname ? -1 : a.hostname > b.hostname ? 1 : 0));
};

/** Availability, role and labels in one spec write at the version read. */
export const updateNode = async (
  connection: EngineConnection,
  req: NodeUpdateRequest,
): Promise<SwarmNode> => {
  const state = await requireManager(connection);
  const read = async (): Promise<RawNode> => {
    try {
      return await connection.call((client, signal) =>
        swarmDial<RawNode>(client, { path: `/nodes/${encodeURIComponent(req.id)}`, method: 'GET' }, signal),
      );
    } catch (err) {
      if (statusCodeOf(err) === 404) throw new BerthError('NOT_FOUND', worded('noNode', { id: req.id }));
      throw err;
    }
  };
  const node = await read();
  const spec = {
    ...node.Spec,
    ...(req.availability ? { Availability: req.availability } : {}),
    ...(req.role ? { Role: req.role } : {}),
    ...(req.labels ? { Labels: { ...req.labels } } : {}),
  };
  try {
    await connection.call((client, signal) =>
      swarmDial<unknown>(
        client,
        {
          path: `/nodes/${node.ID}/update`,
          method: 'POST',
          query: { version: node.Version?.Index ?? 0 },
          body: spec,
        },
        signal,
      ),
    );
  } catch (err) {
    // The engine refuses demoting the last manager with its own sentence; pass it on as a conflict.
    if (statusCodeOf(err) === 400 || statusCodeOf(err) === 500) {
      throw new BerthError('CONFLICT', engineMessage(err));
    }
    throw err;
  }
  return toSwarmNode(await read(), state.nodeId);
};
