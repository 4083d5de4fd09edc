import { registryBaseUrl } from '../../../shared/discover/registry-address.js';
import { errorsDocument } from '../../../shared/discover/registry-documents.js';
import { parseWwwAuthenticate, type AuthChallenge } from '../../../shared/discover/www-authenticate.js';
import { BerthError } from '../errors/berth-error.js';
import type { CredentialStore, RegistryCredentials } from '../registry/credential-store.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** One registry request's deadline; a credential helper's wait counts in it. */
export const REGISTRY_TIMEOUT_MS = 20_000;

export interface RegistryRequest {
  readonly method?: 'GET' | 'HEAD' | 'DELETE';
  /** Path and query below the registry's root: `/v2/_catalog?n=100`. */
  readonly path: string;
  readonly accept?: string;
  readonly signal?: AbortSignal;
}

export interface RegistryClientOptions {
  readonly credentials: CredentialStore;
  readonly timeoutMs?: number;
}

interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
}

/**
 * Speaks the distribution API to one registry at a time: plain HTTP only on loopback, Basic or
 * Bearer auth from the docker CLI's credentials, answering a 401 the way the registry's
 * `WWW-Authenticate` challenge asks. Bearer tokens are kept per registry and scope until they
 * expire; nothing secret leaves this object (errors name the registry, never a credential).
 */
export class RegistryClient {
  private readonly tokens = new Map<string, CachedToken>();
  /** Registries that asked for Basic: later requests send it without a round trip. */
  private readonly basic = new Set<string>();
  private readonly timeoutMs: number;

  constructor(private readonly options: RegistryClientOptions) {
    this.timeoutMs = options.timeoutMs ?? REGISTRY_TIMEOUT_MS;
  }

  async request(registry: string, req: RegistryRequest): Promise<Response> {
    const signal = AbortSignal.any([
      AbortSignal.timeout(this.timeoutMs),
      ...(req.signal ? [req.signal] : []),
    ]);
    const url = `${registryBaseUrl(registry)}${req.path}`;
    const send = (authorization: string | null): Promise<Response> =>
      this.fetch(registry, url, {
        method: req.method ?? 'GET',
        headers: {
          ...(req.accept ? { Accept: req.accept } : {}),
          ...(authorization ? { Authorization: authorization } : {}),
        },
        redirect: 'follow',
        signal,
      });
    let credentials: RegistryCredentials | null | undefined;
    const creds = async (): Promise<RegistryCredentials | null> => {
      credentials ??= await this.options.credentials.get(registry, { signal });
      return credentials;
    };
    let response = await send(this.basic.has(registry) ? basicHeader(await creds()) : null);
    if (response.status !== 401) return response;
    const challenges = parseWwwAuthenticate(response.headers.get('www-authenticate') ?? '');
    await response.body?.cancel();
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (bearer) {
      const token = await this.token(registry, bearer, await creds(), signal);
      response = await send(`Bearer ${token}`);
    } else if (basic) {
      const header = basicHeader(await creds());
      if (!header) throw notLoggedIn(registry);
      this.basic.add(registry);
      response = await send(header);
    } else {
      throw new BerthError('UNAUTHORIZED', worded('registryNoKnownSignIn', { registry }));
    }
    if (response.status === 401) {
      await response.body?.cancel();
      throw (await creds())
        ? new BerthError('UNAUTHORIZED', worded('registryRefusedConfigCredentials', { registry }))
        : notLoggedIn(registry);
    }
    return response;
  }

  /** A Bearer token for the challenge's realm, service and scope (cached until it expires). */
  private async token(
    registry: string,
    challenge: AuthChallenge,
    credentials: RegistryCredentials | null,
    signal: AbortSignal,
  ): Promise<string> {
    const realm = challenge.params.realm;
    if (!realm) throw new BerthError('ENGINE_ERROR', worded('registryTokenNoRealm', { registry }));
    let realmUrl: URL;
    try {
      realmUrl = new URL(realm);
    } catch {
      throw new BerthError('ENGINE_ERROR', worded('registryTokenRealmNotUrl', { registry }));
    }
    if (realmUrl.protocol !== 'https:' && !(realmUrl.protocol === 'http:' && isLoopbackUrl(realmUrl))) {
      throw new BerthError('UNSUPPORTED', worded('registryTokenRealmHttp', { registry }));
    }
    const service = challenge.params.service ?? '';
    const scope = challenge.params.scope ?? '';
    const key = `${registry}\n${realm}\n${service}\n${scope}\n${credentials?.username ?? ''}`;
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.token;
    const params = new URLSearchParams(realmUrl.search);
    if (service) params.set('service', service);
    for (const one of scope.split(' ').filter(Boolean)) params.append('scope', one);
    let response: Response;
    if (credentials?.identityToken) {
      // An identity token is a refresh token for the OAuth2 endpoint, as the CLI uses it.
      params.set('grant_type', 'refresh_token');
      params.set('refresh_token', credentials.identityToken);
      params.set('client_id', 'berth');
      realmUrl.search = '';
      response = await this.fetch(registry, realmUrl.toString(), {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: params.toString(),
        signal,
      });
    } else {
      realmUrl.search = params.toString();
      const header = basicHeader(credentials);
      response = await this.fetch(registry, realmUrl.toString(), {
        headers: header ? { Authorization: header } : {},
        signal,
      });
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw credentials
        ? new BerthError('UNAUTHORIZED', worded('registryTokenRefused', { registry }))
        : notLoggedIn(registry);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new BerthError(
        'ENGINE_ERROR',
        worded('registryTokenStatus', { registry, status: response.status }),
      );
    }
    const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
    const token =
      typeof body?.token === 'string'
        ? body.token
        : typeof body?.access_token === 'string'
          ? body.access_token
          : '';
    if (!token) throw new BerthError('ENGINE_ERROR', worded('registryTokenNone', { registry }));
    const lifetime = typeof body?.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    // Renew a little early, so a token does not expire between check and use.
    this.tokens.set(key, { token, expiresAt: Date.now() + Math.max(1, lifetime - 10) * 1000 });
    return token;
  }

  private async fetch(registry: string, url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, init);
    } catch (err) {
      const signal = init.signal;
      if (signal?.aborted) {
        const reason: unknown = signal.reason;
        if (reason instanceof DOMException && reason.name === 'TimeoutError') {
          throw new BerthError(
            'TIMEOUT',
            worded('registryNoAnswerWithin', { registry, seconds: this.timeoutMs / 1000 }),
          );
        }
        throw new BerthError('CANCELLED', worded('cancelled'));
      }
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new BerthError(
        'ENGINE_UNREACHABLE',
        worded('cannotReach', { registry, detail: cause?.code ?? cause?.message ?? (err as Error).message }),
      );
    }
  }
}

const isLoopbackUrl = (url: URL): boolean =>
  url.hostname === 'localhost' || url.hostname === '[::1]' || /^127\./.test(url.hostname);

const basicHeader = (credentials: RegistryCredentials | null): string | null =>
  credentials?.password !== undefined
    ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`
    : null;

const notLoggedIn = (registry: string): BerthError =>
  new BerthError('UNAUTHORIZED', worded('registryAsksCredentials', { registry }));

/** The registry's own error (`{"errors":[{"code":"UNSUPPORTED",…}]}`), when it sent one. */
export const registryErrors = async (
  response: Response,
): Promise<readonly { readonly code: string; readonly message?: string | undefined }[]> => {
  const text = await response.text().catch(() => '');
  try {
    const parsed = errorsDocument.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.errors : [];
  } catch {
    return [];
  }
};
