/**
 * The web server authorises the page from `?token=…` and answers with an HttpOnly cookie;
 * the token must not linger in the address bar, history or a copied link. Returns the
 * address without it, or null when there was none.
 */
export const addressWithoutToken = (href: string): string | null => {
  const url = new URL(href);
  if (!url.searchParams.has('token')) return null;
  url.searchParams.delete('token');
  return url.pathname + url.search + url.hash;
};

export const removeTokenFromAddressBar = (): void => {
  const next = addressWithoutToken(window.location.href);
  if (next !== null) window.history.replaceState(window.history.state, '', next);
};
