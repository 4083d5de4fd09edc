import type { RecentImage } from '../contract/discover.js';

export const MAX_RECENT = 12;

/** The image goes first (once), the oldest fall off past MAX_RECENT. */
export const rememberRun = (recent: readonly RecentImage[], image: string, at: number): RecentImage[] =>
  [{ image, at }, ...recent.filter((r) => r.image !== image)].slice(0, MAX_RECENT);

/** Starred images in the order they were starred; starring twice keeps one. */
export const setStarred = (starred: readonly string[], image: string, on: boolean): string[] => {
  const rest = starred.filter((s) => s !== image);
  return on ? [...rest, image] : rest;
};
