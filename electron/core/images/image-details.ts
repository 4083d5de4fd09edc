import type { ImageHistoryEntry, ImageInspect } from '../../../shared/contract/images.js';
import { num, str } from '../../../shared/json/readers.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { dial } from '../engine/docker-calls.js';

/*
 * `ref` was checked by the request schema (an id or a reference the CLI accepts), so it is safe
 * in the request path. An unknown image is a 404: NOT_FOUND with the engine's "No such image".
 */

export const inspectImage = async (connection: EngineConnection, ref: string): Promise<ImageInspect> =>
  (await connection.call((client, signal) =>
    dial(client, {
      path: `/images/${ref}/json`,
      method: 'GET',
      signal,
      statusCodes: { 200: true, 404: 'no such image', 500: 'server error' },
    }),
  )) as ImageInspect;

interface RawHistory {
  readonly Id?: unknown;
  readonly Created?: unknown;
  readonly CreatedBy?: unknown;
  readonly Size?: unknown;
  readonly Comment?: unknown;
  readonly Tags?: unknown;
}

/** `docker history`: newest layer first, with the command that made each one. */
export const imageHistory = async (
  connection: EngineConnection,
  ref: string,
): Promise<readonly ImageHistoryEntry[]> => {
  const raw = await connection.call((client, signal) =>
    dial(client, {
      path: `/images/${ref}/history`,
      method: 'GET',
      signal,
      statusCodes: { 200: true, 404: 'no such image', 500: 'server error' },
    }),
  );
  if (!Array.isArray(raw)) return [];
  return (raw as RawHistory[]).map((layer) => ({
    id: str(layer.Id) || '<missing>',
    created: num(layer.Created),
    createdBy: str(layer.CreatedBy),
    size: num(layer.Size),
    comment: str(layer.Comment),
    tags: Array.isArray(layer.Tags) ? layer.Tags.filter((tag): tag is string => typeof tag === 'string') : [],
  }));
};
