/**
 * Chromium aborts requests in flight when a network link comes or goes (ERR_NETWORK_CHANGED), and
 * Docker makes links all the time (a compose network, a swarm's bridges). A view chunk caught by
 * that is remembered as failed by the document, so only a new document fetches it again: the page
 * reloads by itself, at most once in a while, so a chunk that really is gone cannot loop.
 */
const KEY = 'berth.chunkReloadAt';
const GAP_MS = 30_000;

const CHUNK_FAILURE =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i;

export const isChunkLoadError = (error: unknown): boolean =>
  error instanceof Error && CHUNK_FAILURE.test(error.message);

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
