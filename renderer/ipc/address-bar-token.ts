/**
 * `berth web` prints a URL with `?token=…`. The page keeps the token for its WebSocket in
 * localStorage (scoped to this origin, port included, unlike cookies) and takes it out of the
 * address bar, history and copied links. Returns the address without it, or null when there
 * was none.
 */
export const addressWithoutToken = (href: string): string | null => {
  const url = new URL(href);
  if (!url.searchParams.has('token')) return null;
  url.searchParams.delete('token');
  return url.pathname + url.search + url.hash;
};

const STORAGE_KEY = 'berth.token';

/** Moves a token from the address bar into storage; returns the token to use (or null: none known). */
export const takeToken = (): string | null => {
  const fromAddress = new URL(window.location.href).searchParams.get('token');
  if (fromAddress) window.localStorage.setItem(STORAGE_KEY, fromAddress);
  const next = addressWithoutToken(window.location.href);
  if (next !== null) window.history.replaceState(window.history.state, '', next);
  return window.localStorage.getItem(STORAGE_KEY);
};
