/**
 * The last resort for a view whose chunk did not arrive even when asked again (lib/chunk-import.ts):
 * the page reloads by itself, at most once in a while, so a chunk that really is gone cannot loop.
 */
const KEY = 'berth.chunkReloadAt';
const GAP_MS = 30_000;

export interface ReloadDeps {
  readonly now: number;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly reload: () => void;
}

/** Reloads unless it already did within GAP_MS; true when it did (the caller says so meanwhile). */
export const reloadOnce = ({ now, storage, reload }: ReloadDeps): boolean => {
  const last = Number(storage.getItem(KEY) ?? '0');
  if (Number.isFinite(last) && now - last < GAP_MS) return false;
  storage.setItem(KEY, String(now));
  reload();
  return true;
};
