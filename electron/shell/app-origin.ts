/**
 * The one origin Berth's own pages live on. The renderer is served from a privileged custom
 * scheme (see app-protocol.ts), never from file:// and never from a dev server in production.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'berth';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `raw` is a URL on our origin. Node's WHATWG URL reports the origin of a
 * non-special scheme as "null", so the parts are compared instead: scheme, host (which
 * includes any port) and no credentials.
 */
export const isAppUrl = (raw: string): boolean => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
};
