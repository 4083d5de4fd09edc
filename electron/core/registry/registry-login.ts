import type { LoginResult, LogoutResult } from '../../../shared/contract/images.js';
import { authKeyFor, parseRegistryHost } from '../../../shared/images/reference.js';
import { describeRegistryError } from '../../../shared/images/registry-errors.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { engineMessage, statusCodeOf } from '../errors/docker-errors.js';
import type { CredentialStore } from './credential-store.js';
import { worded } from '../../../shared/contract/error-texts.js';

const hostOf = (input: string): string => {
  const parsed = parseRegistryHost(input);
  if (!parsed.ok) throw new BerthError('VALIDATION', parsed.message);
  return parsed.host;
};

interface AuthAnswer {
  readonly IdentityToken?: string;
  readonly Status?: string;
}

/**
 * `docker login`: the engine checks the credentials against the registry (`/auth`), then they
 * are stored where the CLI would store them. A refused login writes nothing. The password is
 * used for these two steps only: it is not returned, kept or put in any message. `cancel`
 * ends either step (and kills a credential helper that is storing).
 */
export const login = async (
  connection: EngineConnection,
  store: CredentialStore,
  request: { readonly registry: string; readonly username: string; readonly password: string },
  cancel: AbortSignal = new AbortController().signal,
): Promise<LoginResult> => {
  const registry = hostOf(request.registry);
  const serveraddress = authKeyFor(registry);
  let answer: AuthAnswer;
  try {
    answer =
      (await connection.call(
        (client, signal) =>
          client.checkAuth({
            username: request.username,
            password: request.password,
            serveraddress,
            abortSignal: AbortSignal.any([signal, cancel]),
          }) as Promise<AuthAnswer | null>,
        60_000,
      )) ?? {};
  } catch (err) {
    if (cancel.aborted) throw new BerthError('CANCELLED', worded('cancelled'));
    if (err instanceof BerthError) throw err;
    // By the engine's status and its phrases as whole words, never by digits in the message:
    // a registry on port 44401 that refuses the connection is not a wrong password.
    const plain = describeRegistryError(engineMessage(err), registry, `Login to ${registry}`, {
      status: statusCodeOf(err),
    });
    if (plain.code === 'UNAUTHORIZED') {
      throw new BerthError('UNAUTHORIZED', worded('loginFailed', { registry }));
    }
    throw BerthError.fromEnvelope(plain);
  }
  // A helper asked to store may hang: a cancel (the dialog closed) kills it.
  const storedIn = await store.store(
    registry,
    answer.IdentityToken
      ? { username: request.username, identityToken: answer.IdentityToken }
      : { username: request.username, password: request.password },
    { signal: cancel },
  );
  return { registry, storedIn };
};

export const logout = async (store: CredentialStore, registryInput: string): Promise<LogoutResult> => {
  const registry = hostOf(registryInput);
  return { registry, removed: await store.erase(registry) };
};
