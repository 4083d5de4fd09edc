/**
 * The `last` cursor of a registry's `Link: </v2/_catalog?last=b&n=100>; rel="next"` header
 * (distribution's pagination for `_catalog` and `tags/list`), or null on the last page.
 */
export const nextPageCursor = (link: string | null): string | null => {
  if (!link) return null;
  for (const part of link.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const [, target = '', params = ''] = match;
    if (!/;\s*rel="?next"?/i.test(params)) continue;
    const query = target.includes('?') ? target.slice(target.indexOf('?') + 1) : '';
    for (const pair of query.split('&')) {
      const eq = pair.indexOf('=');
      if (eq === -1 || pair.slice(0, eq) !== 'last') continue;
      try {
        const last = decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
        if (last) return last;
      } catch {
        return null;
      }
    }
  }
  return null;
};
