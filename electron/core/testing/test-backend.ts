import type { EngineStatus } from '../../../shared/contract/engine.js';
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../../../shared/contract/types.js';
import { createBackend, type Backend, type BackendOptions } from '../backend.js';
import { nodeResolveEnv, resolveEndpoint } from '../engine/endpoint.js';

/** A backend whose endpoint is `dockerHost` (e.g. a fault proxy), resolved as the app would. */
export const backendFor = (dockerHost: string, options: BackendOptions = {}): Backend =>
  createBackend({
    ...options,
    connection: {
      resolve: () => {
        const env = nodeResolveEnv();
        return resolveEndpoint({ ...env, env: { ...env.env, DOCKER_HOST: dockerHost } });
      },
      ...options.connection,
    },
  });

/** Resolves with the first status (current or future) that matches. */
export const waitForStatus = (
  backend: Backend,
  match: (s: EngineStatus) => boolean,
  timeoutMs = 10_000,
): Promise<EngineStatus> =>
  new Promise((resolve, reject) => {
    if (match(backend.connection.status)) {
      resolve(backend.connection.status);
      return;
    }
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(
        new Error(
          `status did not match within ${timeoutMs} ms; last: ${JSON.stringify(backend.connection.status)}`,
        ),
      );
    }, timeoutMs);
    const subscription = backend.connection.onStatus((status) => {
      if (!match(status)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(status);
    });
  });

const testClient = { clientId: 'test' };

/** A call through the router (validation included) that must succeed; a refusal throws with its code. */
export const invokeOk = async <C extends InvokeChannel>(
  backend: Backend,
  channel: C,
  req: InvokeRequest<C>,
): Promise<InvokeResponse<C>> => {
  const res = await backend.router.invoke(channel, req, testClient);
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value as InvokeResponse<C>;
};

/** A call that must be refused: resolves with the error code (any payload, hostile ones included). */
export const invokeRefused = async (
  backend: Backend,
  channel: InvokeChannel,
  req: unknown,
): Promise<string> => {
  const res = await backend.router.invoke(channel, req, testClient);
  if (res.ok) throw new Error(`${channel} accepted ${JSON.stringify(req)}`);
  return res.error.code;
};
