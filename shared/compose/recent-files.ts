import { MAX_RECENT_COMPOSE_FILES, recentComposeFile, type RecentComposeFile } from '../contract/compose.js';

/** Puts `entry` first, drops an older entry for the same path, keeps at most `max`. */
export const addRecent = (
  list: readonly RecentComposeFile[],
  entry: RecentComposeFile,
  max = MAX_RECENT_COMPOSE_FILES,
): RecentComposeFile[] => [entry, ...list.filter((e) => e.path !== entry.path)].slice(0, Math.max(0, max));

/**
 * Reads the stored list tolerantly: a file edited by hand or cut short loses only its bad
 * entries (or all of them), never the app. The result is newest first, unique and bounded.
 */
export const parseRecent = (text: string, max = MAX_RECENT_COMPOSE_FILES): RecentComposeFile[] => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const seen = new Set<string>();
  const entries: RecentComposeFile[] = [];
  for (const item of data.slice(0, 1000)) {
    const parsed = recentComposeFile.safeParse(item);
    if (!parsed.success || seen.has(parsed.data.path)) continue;
    seen.add(parsed.data.path);
    entries.push(parsed.data);
  }
  return entries.sort((a, b) => b.usedAt - a.usedAt).slice(0, max);
};
