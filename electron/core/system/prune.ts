import type Docker from 'dockerode';
import {
  PRUNE_KINDS,
  type PruneApplyRequest,
  type PruneItem,
  type PruneKind,
  type PruneOptions,
  type PruneOutcome,
  type PrunePreview,
  type PruneResult,
} from '../../../shared/contract/system.js';
import { planPrune } from '../../../shared/system/prune-plan.js';
import type { Inventory } from '../../../shared/system/inventory.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { engineMessage, statusCodeOf, toEnvelope } from '../errors/docker-errors.js';
import { num, obj } from '../../../shared/json/readers.js';
import { pruneBuildCacheRecord } from '../engine/docker-calls.js';
import { readInventory } from './inventory-reader.js';

export const previewPrune = async (
  connection: EngineConnection,
  options: PruneOptions,
): Promise<PrunePreview> => planPrune(await readInventory(connection), options);

const key = (kind: PruneKind, id: string): string => `${kind}\u0000${id}`;

/** Removes one item by its id; resolves with the bytes the engine says it freed, if it says. */
const removeOne = async (
  connection: EngineConnection,
  inventory: Inventory,
  item: PruneItem,
): Promise<number | null> => {
  switch (item.kind) {
    case 'containers':
      await connection.call((client, signal) =>
        client.getContainer(item.id).remove({ v: false, force: false, abortSignal: signal }),
      );
      return item.size;
    case 'networks':
      await connection.call((client, signal) => client.getNetwork(item.id).remove({ abortSignal: signal }));
      return null;
    case 'volumes':
      await connection.call((client, signal) => client.getVolume(item.id).remove({ abortSignal: signal }));
      return item.size;
    case 'images': {
      // An image under several tags is removed whole only with force; it is unused (planned so).
      const tags = inventory.images.find((i) => i.id === item.id)?.tags.length ?? 0;
      await connection.call((client, signal) =>
        client
          .getImage(item.id)
          .remove({ force: tags > 1, noprune: false, abortSignal: signal } as Docker.ImageRemoveOptions),
      );
      return item.size;
    }
    case 'buildCache': {
      const answer = await connection.call(
        (client, signal) => pruneBuildCacheRecord(client, item.id, signal),
        connection.callTimeoutMs * 4,
      );
      return num(obj(answer).SpaceReclaimed);
    }
  }
};

/**
 * Removes exactly the previewed items, kind by kind in prune order (containers first, so what
 * only they used is free). Each item is checked against a fresh plan with the same options:
 * one that is no longer eligible (started again, relabelled, gone) is left alone and said so,
 * and nothing that appeared after the preview is touched, since only listed ids are removed.
 */
export const applyPrune = async (
  connection: EngineConnection,
  req: PruneApplyRequest,
): Promise<PruneResult> => {
  const inventory = await readInventory(connection);
  const eligible = new Map(planPrune(inventory, req.options).items.map((i) => [key(i.kind, i.id), i]));
  const requested = new Map(req.items.map((i) => [key(i.kind, i.id), i]));
  const outcomes: PruneOutcome[] = [];
  for (const kind of PRUNE_KINDS) {
    for (const wanted of requested.values()) {
      if (wanted.kind !== kind) continue;
      const item = eligible.get(key(wanted.kind, wanted.id));
      if (!item) {
        outcomes.push({
          kind,
          id: wanted.id,
          name: wanted.id,
          result: 'skipped',
          message: 'No longer unused or matching the filter (or already gone); left alone.',
          reclaimed: null,
        });
        continue;
      }
      try {
        const reclaimed = await removeOne(connection, inventory, item);
        outcomes.push({ kind, id: item.id, name: item.name, result: 'removed', reclaimed });
      } catch (err) {
        const gone = statusCodeOf(err) === 404;
        outcomes.push({
          kind,
          id: item.id,
          name: item.name,
          result: gone ? 'skipped' : 'failed',
          message: gone ? `Already gone: ${engineMessage(err)}` : toEnvelope(err).message,
          reclaimed: null,
        });
      }
    }
  }
  return { outcomes, reclaimed: outcomes.reduce((total, o) => total + (o.reclaimed ?? 0), 0) };
};
