import { isUnreachable } from './registry-errors.js';
import type { SearchResult } from '../contract/images.js';

interface RawSearchResult {
  readonly name?: unknown;
  readonly description?: unknown;
  readonly star_count?: unknown;
  readonly is_official?: unknown;
  readonly is_automated?: unknown;
}

/** The engine's `/images/search` answer (Docker Hub's v1 search, relayed) as typed rows. */
export const toSearchResults = (raw: unknown): readonly SearchResult[] => {
  if (!Array.isArray(raw)) return [];
  return (raw as unknown[]).flatMap((value) => {
    const item = value as RawSearchResult | null;
    if (typeof item !== 'object' || item === null || typeof item.name !== 'string') return [];
    return [
      {
        name: item.name,
        description: typeof item.description === 'string' ? item.description : '',
        stars: typeof item.star_count === 'number' ? item.star_count : 0,
        official: item.is_official === true,
        automated: item.is_automated === true,
      },
    ];
  });
};

/** Search goes through the engine to Docker Hub; when the engine is offline, say that plainly. */
export const describeSearchError = (engineMessage: string): string =>
  isUnreachable(engineMessage)
    ? 'Docker Hub cannot be reached from the engine (it looks offline): search needs the engine to reach index.docker.io. Pulling from a local registry still works.'
    : `Docker Hub search failed: ${engineMessage}`;
