import { isUnreachable } from './registry-errors.js';
import type { SearchResult } from '../contract/images.js';
import { worded, type Worded } from '../contract/error-texts.js';

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
export const searchErrorWorded = (engineMessage: string): Worded =>
  isUnreachable(engineMessage)
    ? worded('hubUnreachable')
    : worded('hubSearchFailed', { detail: engineMessage });

/** `searchErrorWorded`'s English. */
export const describeSearchError = (engineMessage: string): string =>
  searchErrorWorded(engineMessage).message;
