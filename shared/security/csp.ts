/**
 * The renderer's Content Security Policy, sent as a header by both hosts (Electron's app://
 * protocol and web mode) and mirrored by the meta tag in renderer/index.html.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
