import type { ImageReference } from '../../../shared/images/reference.js';
import { BerthError } from '../errors/berth-error.js';
import type { RegistryCredentials } from '../registry/credential-store.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** What the engine would pull for a tag: a manifest list / OCI index first, else a single manifest. */
const ACCEPT = [
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
].join(', ');

const TIMEOUT_MS = 10_000;
/** Docker Hub's registry host; the reference parser calls it docker.io. */
const HUB_HOST = 'registry-1.docker.io';

export interface DigestOptions {
  /** Plain HTTP, as the engine talks to loopback and `insecure-registries` hosts. */
  readonly insecure: boolean;
  readonly fetch?: typeof fetch;
}

const basic = (credentials: RegistryCredentials): string =>
  `Basic ${Buffer.from(`${credentials.username}:${credentials.password ?? ''}`).toString('base64')}`;

/** `Bearer realm="…",service="…",scope="…"` → its parameters. */
const challenge = (header: string): { scheme: string; params: Record<string, string> } => {
  const [scheme = '', ...rest] = header.split(' ');
  const params: Record<string, string> = {};
  for (const match of rest.join(' ').matchAll(/(\w+)="([^"]*)"/g)) params[match[1] ?? ''] = match[2] ?? '';
  return { scheme: scheme.toLowerCase(), params };
};

const bearerToken = async (
  params: Record<string, string>,
  scope: string,
  credentials: RegistryCredentials | null,
  doFetch: typeof fetch,
): Promise<string> => {
  const realm = params['realm'];
  if (!realm) throw new BerthError('ENGINE_ERROR', worded('registryTokenNoPlace'));
  const url = new URL(realm);
  if (params['service']) url.searchParams.set('service', params['service']);
  url.searchParams.set('scope', params['scope'] ?? scope);
  const headers: Record<string, string> = {};
  if (credentials?.identityToken) {
    // An identity token is exchanged by POST (the registry's OAuth flow), as the engine does.
    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.identityToken,
      service: params['service'] ?? '',
      scope: params['scope'] ?? scope,
      client_id: 'berth',
    });
    const answer = await doFetch(realm, { method: 'POST', body, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const json = (await answer.json()) as { access_token?: string; token?: string };
    return json.access_token ?? json.token ?? '';
  }
  if (credentials) headers['authorization'] = basic(credentials);
  const answer = await doFetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (answer.status === 401) throw new BerthError('UNAUTHORIZED', worded('registryRefusedSaved'));
  const json = (await answer.json()) as { token?: string; access_token?: string };
  return json.token ?? json.access_token ?? '';
};

/**
 * The digest the registry serves for `reference`'s tag, from a HEAD request (no manifest body, no
 * pull counted against Docker Hub's limits), with the docker CLI's credentials for that registry:
 * Basic auth, or a bearer token fetched from the realm the registry names.
 */
export const remoteDigest = async (
  reference: ImageReference,
  credentials: RegistryCredentials | null,
  options: DigestOptions,
): Promise<string> => {
  const doFetch = options.fetch ?? fetch;
  const host = reference.registry === 'docker.io' ? HUB_HOST : reference.registry;
  const url = `${options.insecure ? 'http' : 'https'}://${host}/v2/${reference.path}/manifests/${reference.tag ?? 'latest'}`;
  const head = (authorization?: string): Promise<Response> =>
    doFetch(url, {
      method: 'HEAD',
      headers: { accept: ACCEPT, ...(authorization ? { authorization } : {}) },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  let answer: Response;
  try {
    answer = await head();
    if (answer.status === 401) {
      const { scheme, params } = challenge(answer.headers.get('www-authenticate') ?? '');
      if (scheme === 'basic' && credentials) answer = await head(basic(credentials));
      else if (scheme === 'bearer') {
        const token = await bearerToken(params, `repository:${reference.path}:pull`, credentials, doFetch);
        answer = await head(`Bearer ${token}`);
      }
    }
  } catch (err) {
    if (err instanceof BerthError) throw err;
    const why =
      err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    throw new BerthError(
      'ENGINE_UNREACHABLE',
      worded('registryUnreachable', { registry: reference.registry, detail: why }),
    );
  }
  if (answer.status === 401 || answer.status === 403)
    throw new BerthError('UNAUTHORIZED', worded('loginToCheckUpdates', { registry: reference.registry }));
  if (answer.status === 404)
    throw new BerthError('NOT_FOUND', worded('registryNoLongerImage', { image: reference.familiar }));
  const digest = answer.headers.get('docker-content-digest');
  if (!answer.ok || !digest)
    throw new BerthError(
      'ENGINE_ERROR',
      worded('registryNoDigest', { registry: reference.registry, status: answer.status }),
    );
  return digest;
};
