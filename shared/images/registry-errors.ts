import type { ErrorCode } from '../contract/errors.js';

export interface PlainError {
  readonly code: ErrorCode;
  readonly message: string;
}

const AUTH =
  /no basic auth credentials|unauthorized|authentication required|401|denied: requested access|pull access denied/i;
const MISSING = /manifest unknown|manifest for .* not found|not found: manifest/i;
const REFUSED = /connection refused/i;
const NO_HOST = /no such host|server misbehaving|name resolution/i;
const OFFLINE =
  /i\/o timeout|network is unreachable|TLS handshake timeout|no route to host|connection reset/i;
const HTTP_TO_HTTPS = /server gave HTTP response to HTTPS client/i;

/**
 * A registry failure (from a pull, push, login or search, as the engine words it) in plain
 * words. A 401 gets its own code so a view can offer to log in to that registry.
 */
export const describeRegistryError = (engineMessage: string, registry: string, what: string): PlainError => {
  const said = engineMessage.trim();
  if (MISSING.test(said)) {
    return {
      code: 'NOT_FOUND',
      message: `${what} does not exist in ${registry} (manifest unknown): check the name and tag.`,
    };
  }
  if (AUTH.test(said)) {
    return {
      code: 'UNAUTHORIZED',
      message: `${registry} refused access without valid credentials: log in to ${registry}. (${said})`,
    };
  }
  if (REFUSED.test(said)) {
    return {
      code: 'ENGINE_ERROR',
      message: `Cannot reach the registry ${registry}: nothing answers there (connection refused).`,
    };
  }
  if (NO_HOST.test(said)) {
    return {
      code: 'ENGINE_ERROR',
      message: `Cannot reach the registry ${registry}: no such host (the name does not resolve).`,
    };
  }
  if (OFFLINE.test(said)) {
    return {
      code: 'ENGINE_ERROR',
      message: `Cannot reach the registry ${registry}: the network does not answer (${said}).`,
    };
  }
  if (HTTP_TO_HTTPS.test(said)) {
    return {
      code: 'ENGINE_ERROR',
      message: `${registry} speaks plain HTTP: the engine only allows that for loopback or registries listed in its insecure-registries.`,
    };
  }
  return { code: 'ENGINE_ERROR', message: said || `${what} failed without a message from the engine.` };
};
