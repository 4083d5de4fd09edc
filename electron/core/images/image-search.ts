import type { SearchResult } from '../../../shared/contract/images.js';
import { searchErrorWorded, toSearchResults } from '../../../shared/images/search-results.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { engineMessage } from '../errors/docker-errors.js';
import { dial } from '../engine/docker-calls.js';

/** `docker search`, through the engine (which asks Docker Hub): the renderer never goes online. */
export const searchImages = async (
  connection: EngineConnection,
  term: string,
  limit: number,
): Promise<readonly SearchResult[]> => {
  try {
    const raw = await connection.call(
      (client, signal) =>
        dial(client, {
          path: '/images/search',
          method: 'GET',
          signal,
          query: { term, limit },
          statusCodes: { 200: true, 500: 'server error' },
        }),
      30_000,
    );
    return toSearchResults(raw);
  } catch (err) {
    if (err instanceof BerthError) throw err;
    throw new BerthError('ENGINE_ERROR', searchErrorWorded(engineMessage(err)));
  }
};
