import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type {
  DeletedTag,
  RepositoryPage,
  TagDetail,
  TagImage,
  TagPage,
} from '../../../shared/contract/discover.js';
import { nextPageCursor } from '../../../shared/discover/link-header.js';
import {
  catalogDocument,
  isDigest,
  configDocument,
  imageManifestDocument,
  indexDocument,
  MANIFEST_ACCEPT,
  manifestKind,
  platformName,
  tagsDocument,
} from '../../../shared/discover/registry-documents.js';
import { BerthError } from '../errors/berth-error.js';
import { registryErrors, type RegistryClient } from './registry-client.js';
import { worded } from '../../../shared/contract/error-texts.js';

export const DEFAULT_PAGE_SIZE = 100;
/** An index can list dozens of platforms; only this many are described (each costs two requests). */
export const MAX_DESCRIBED_IMAGES = 16;

/** What a request asked the registry for: each kind has its own sentences, so every language words it whole. */
type Asked =
  | { readonly kind: 'Catalog' }
  | { readonly kind: 'Repository'; readonly repository: string }
  | { readonly kind: 'Manifest'; readonly repository: string; readonly reference: string }
  | { readonly kind: 'Config'; readonly repository: string; readonly digest: string };

const failure = async (registry: string, asked: Asked, response: Response): Promise<BerthError> => {
  const errors = await registryErrors(response);
  const first = errors[0];
  const detail = first
    ? `${first.code}${first.message ? `: ${first.message}` : ''}`
    : `HTTP ${response.status}`;
  const { kind, ...names } = asked;
  const params = { registry, detail, ...names };
  if (response.status === 404 || first?.code === 'NAME_UNKNOWN' || first?.code === 'MANIFEST_UNKNOWN') {
    return new BerthError('NOT_FOUND', worded(`registryHasNo${kind}`, params));
  }
  if (response.status === 403 || first?.code === 'DENIED') {
    return new BerthError('UNAUTHORIZED', worded(`registryDenied${kind}`, params));
  }
  return new BerthError('ENGINE_ERROR', worded(`registryFailed${kind}`, params));
};

/** What a JSON answer held, for the sentences that say it could not be read. */
type Answered =
  { readonly kind: 'Catalog' } | { readonly kind: 'Tags' | 'Config'; readonly repository: string };

const readJson = async <T extends z.ZodType>(
  registry: string,
  answered: Answered,
  response: Response,
  schema: T,
): Promise<z.infer<T>> => {
  const text = await response.text();
  const { kind, ...names } = answered;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BerthError('ENGINE_ERROR', worded(`registryNotJson${kind}`, { registry, ...names }));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new BerthError('ENGINE_ERROR', worded(`registryShape${kind}`, { registry, ...names }));
  }
  return parsed.data;
};

const pageQuery = (pageSize: number | undefined, last: string | undefined): string => {
  const params = new URLSearchParams({ n: String(pageSize ?? DEFAULT_PAGE_SIZE) });
  if (last) params.set('last', last);
  return params.toString();
};

export const listRepositories = async (
  client: RegistryClient,
  registry: string,
  page: { readonly last?: string | undefined; readonly pageSize?: number | undefined } = {},
): Promise<RepositoryPage> => {
  const response = await client.request(registry, {
    path: `/v2/_catalog?${pageQuery(page.pageSize, page.last)}`,
  });
  if (!response.ok) {
    if (response.status === 404 || response.status === 405) {
      await response.body?.cancel();
      throw new BerthError('UNSUPPORTED', worded('registryNoCatalog', { registry }));
    }
    throw await failure(registry, { kind: 'Catalog' }, response);
  }
  const next = nextPageCursor(response.headers.get('link'));
  const doc = await readJson(registry, { kind: 'Catalog' }, response, catalogDocument);
  return { registry, repositories: doc.repositories ?? [], next };
};

export const listTags = async (
  client: RegistryClient,
  registry: string,
  repository: string,
  page: { readonly last?: string | undefined; readonly pageSize?: number | undefined } = {},
): Promise<TagPage> => {
  const response = await client.request(registry, {
    path: `/v2/${repository}/tags/list?${pageQuery(page.pageSize, page.last)}`,
  });
  if (!response.ok) throw await failure(registry, { kind: 'Repository', repository }, response);
  const next = nextPageCursor(response.headers.get('link'));
  const doc = await readJson(registry, { kind: 'Tags', repository }, response, tagsDocument);
  return { registry, repository, tags: doc.tags ?? [], next };
};

interface Fetched {
  readonly body: unknown;
  readonly digest: string;
  readonly contentType: string | null;
}

/** A manifest and the digest the registry gives it (computed from the bytes when it gives none). */
const fetchManifest = async (
  client: RegistryClient,
  registry: string,
  repository: string,
  reference: string,
): Promise<Fetched> => {
  const response = await client.request(registry, {
    path: `/v2/${repository}/manifests/${reference}`,
    accept: MANIFEST_ACCEPT,
  });
  if (!response.ok) throw await failure(registry, { kind: 'Manifest', repository, reference }, response);
  const bytes = Buffer.from(await response.arrayBuffer());
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new BerthError('ENGINE_ERROR', worded('registryNotJsonManifest', { registry, repository }));
  }
  const header = response.headers.get('docker-content-digest');
  const digest =
    header && isDigest(header) ? header : `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  return { body, digest, contentType: response.headers.get('content-type') };
};

const describeImage = async (
  client: RegistryClient,
  registry: string,
  repository: string,
  digest: string,
  manifest: unknown,
  fromIndex: { os: string; architecture: string; variant?: string | undefined } | null,
): Promise<TagImage> => {
  const parsed = imageManifestDocument.safeParse(manifest);
  if (!parsed.success) {
    throw new BerthError('ENGINE_ERROR', worded('registryImageManifestUnread', { registry, repository }));
  }
  const size = parsed.data.layers.reduce((sum, layer) => sum + layer.size, 0);
  const blob = await client.request(registry, {
    path: `/v2/${repository}/blobs/${parsed.data.config.digest}`,
  });
  if (!blob.ok) throw await failure(registry, { kind: 'Config', repository, digest }, blob);
  const config = await readJson(registry, { kind: 'Config', repository }, blob, configDocument);
  const os = fromIndex?.os ?? config.os ?? '';
  const architecture = fromIndex?.architecture ?? config.architecture ?? '';
  const variant = fromIndex ? fromIndex.variant : config.variant;
  return {
    platform: platformName({ os, architecture, variant }),
    os,
    architecture,
    variant: variant ?? null,
    digest,
    size,
    created: config.created ?? null,
    exposedPorts: Object.keys(config.config?.ExposedPorts ?? {}).sort(),
    volumes: Object.keys(config.config?.Volumes ?? {}).sort(),
  };
};

/** `linux/amd64` matches any variant; an index's `unknown/unknown` (attestations) never runs. */
export const runsOn = (images: readonly TagImage[], enginePlatform: string | null): boolean => {
  if (!enginePlatform) return true;
  const [os, architecture] = enginePlatform.split('/');
  return images.some((image) => image.os === os && image.architecture === architecture);
};

export const describeTag = async (
  client: RegistryClient,
  registry: string,
  repository: string,
  tag: string,
  enginePlatform: string | null,
): Promise<TagDetail> => {
  const top = await fetchManifest(client, registry, repository, tag);
  const kind = manifestKind(top.contentType, top.body);
  let images: TagImage[];
  let moreImages = 0;
  if (kind === 'index') {
    const index = indexDocument.safeParse(top.body);
    if (!index.success) {
      throw new BerthError('ENGINE_ERROR', worded('registryManifestListUnread', { registry, repository }));
    }
    // Attestation manifests carry `unknown/unknown`: they are not images anyone runs.
    const runnable = index.data.manifests.filter((m) => m.platform?.os !== 'unknown');
    const described = runnable.slice(0, MAX_DESCRIBED_IMAGES);
    moreImages = runnable.length - described.length;
    images = await Promise.all(
      described.map(async (entry) => {
        const child = await fetchManifest(client, registry, repository, entry.digest);
        return describeImage(client, registry, repository, entry.digest, child.body, entry.platform ?? null);
      }),
    );
  } else if (kind === 'image') {
    images = [await describeImage(client, registry, repository, top.digest, top.body, null)];
  } else {
    throw new BerthError(
      'UNSUPPORTED',
      worded('registryManifestTypeUnread', {
        registry,
        repository,
        tag,
        type: top.contentType ?? 'manifest',
      }),
    );
  }
  return {
    registry,
    repository,
    tag,
    reference: `${registry}/${repository}:${tag}`,
    digest: top.digest,
    mediaType: (top.contentType ?? '').split(';', 1)[0] ?? '',
    kind,
    images,
    moreImages,
    enginePlatform,
    runsOnEngine: runsOn(images, enginePlatform),
  };
};

/**
 * Deletes what a tag names, as the registry API allows it: HEAD the tag (with every manifest
 * type accepted, so the digest is the stored one and not a converted one), then DELETE the
 * manifest by digest. A registry that keeps deletes off answers 405 / UNSUPPORTED.
 */
export const deleteTag = async (
  client: RegistryClient,
  registry: string,
  repository: string,
  tag: string,
): Promise<DeletedTag> => {
  const head = await client.request(registry, {
    method: 'HEAD',
    path: `/v2/${repository}/manifests/${tag}`,
    accept: MANIFEST_ACCEPT,
  });
  await head.body?.cancel();
  if (head.status === 404)
    throw new BerthError('NOT_FOUND', worded('registryNoTag', { registry, repository, tag }));
  if (!head.ok) throw await failure(registry, { kind: 'Manifest', repository, reference: tag }, head);
  const digest =
    head.headers.get('docker-content-digest') ??
    (await fetchManifest(client, registry, repository, tag)).digest;
  // The digest goes into the DELETE's path: only a well-formed one, whatever the registry sent.
  if (!isDigest(digest)) {
    throw new BerthError('ENGINE_ERROR', worded('registryMalformedDigest', { registry, repository, tag }));
  }
  const response = await client.request(registry, {
    method: 'DELETE',
    path: `/v2/${repository}/manifests/${digest}`,
  });
  if (response.ok) {
    await response.body?.cancel();
    return { reference: `${registry}/${repository}:${tag}`, digest };
  }
  const errors = await registryErrors(response);
  if (response.status === 405 || errors.some((e) => e.code === 'UNSUPPORTED')) {
    throw new BerthError('UNSUPPORTED', worded('registryNoDeletes', { registry }));
  }
  if (response.status === 404)
    throw new BerthError('NOT_FOUND', worded('registryNoLongerHas', { registry, repository, tag }));
  const first = errors[0];
  throw new BerthError(
    response.status === 403 ? 'UNAUTHORIZED' : 'ENGINE_ERROR',
    worded('registryDeleteRefused', {
      registry,
      repository,
      tag,
      detail: first ? `${first.code}${first.message ? `: ${first.message}` : ''}` : `HTTP ${response.status}`,
    }),
  );
};
