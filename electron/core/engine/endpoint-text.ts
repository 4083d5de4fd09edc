import type { EndpointInfo } from '../../../shared/contract/engine.js';
import { engineMessage, isAbortError } from '../errors/docker-errors.js';

/** "unix:///var/run/docker.sock (from DOCKER_HOST)": where Berth looked and why there. */
export const describeEndpoint = (info: EndpointInfo | null): string => {
  if (!info) return 'The engine';
  const from = ((): string => {
    switch (info.source) {
      case 'DOCKER_HOST':
        return 'from DOCKER_HOST';
      case 'DOCKER_CONTEXT':
        return `from context "${info.context ?? ''}" named by DOCKER_CONTEXT`;
      case 'currentContext':
        return `from context "${info.context ?? ''}", the current context in the docker config`;
      case 'default':
        return 'the default endpoint';
    }
  })();
  return `${info.url} (${from})`;
};

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no engine socket there',
  ECONNREFUSED: 'connection refused',
  EACCES: 'permission denied (is your user allowed to use the Docker socket?)',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ETIMEDOUT: 'connection timed out',
};

/** A person-readable reason for a failed handshake or health probe. */
export const failureReason = (info: EndpointInfo | null, err: unknown, timeoutMs: number): string => {
  const where = `Engine not reachable at ${describeEndpoint(info)}`;
  if (isAbortError(err))
    return `${where}: the engine is not responding (no answer within ${Math.round(timeoutMs / 1000)} s).`;
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const known = SYSTEM_ERRORS[code];
  return `${where}: ${known ?? engineMessage(err)}.`;
};
