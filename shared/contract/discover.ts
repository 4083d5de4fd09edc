import { z } from 'zod';
import { parseBrowsableRegistry } from '../discover/registry-address.js';
import { imageReference } from './images.js';
import type { RunCreated } from './run.js';

/** A private registry Berth can browse: logged in through the docker CLI, or added by address. */
export interface BrowsableRegistry {
  /** `host[:port]`, as the CLI keys its credentials. */
  readonly address: string;
  /** Credentials in the CLI's config (auths, credsStore or credHelpers). */
  readonly loggedIn: boolean;
  /** The helper that holds them, if one does. */
  readonly helper: string | null;
  /** Added in Berth by address (removable there); a login alone is not. */
  readonly added: boolean;
  /** http for loopback (as the engine treats 127.0.0.0/8), https for everything else. */
  readonly scheme: 'http' | 'https';
}

export interface RepositoryPage {
  readonly registry: string;
  readonly repositories: readonly string[];
  /** Cursor of the next page (the registry's Link header), or null on the last one. */
  readonly next: string | null;
}

export interface TagPage {
  readonly registry: string;
  readonly repository: string;
  readonly tags: readonly string[];
  readonly next: string | null;
}

/** One image of a tag: the only one, or one platform of a manifest list / OCI index. */
export interface TagImage {
  /** `linux/amd64`, `linux/arm/v7`; from the index, else from the image's config blob. */
  readonly platform: string;
  readonly os: string;
  readonly architecture: string;
  readonly variant: string | null;
  /** The image manifest's digest. */
  readonly digest: string;
  /** Compressed bytes: the layers' sizes as the manifest lists them, summed. */
  readonly size: number;
  /** The config blob's `created` (RFC 3339), null when the registry's image has none. */
  readonly created: string | null;
  readonly exposedPorts: readonly string[];
  readonly volumes: readonly string[];
}

export interface TagDetail {
  readonly registry: string;
  readonly repository: string;
  readonly tag: string;
  /** `registry/repository:tag`, ready to pull. */
  readonly reference: string;
  /** Docker-Content-Digest of what the tag names (the index's own digest for a list). */
  readonly digest: string;
  readonly mediaType: string;
  readonly kind: 'index' | 'image';
  readonly images: readonly TagImage[];
  /** Platforms the index lists beyond those described (indexes can be long). */
  readonly moreImages: number;
  /** The engine's `os/arch`, null when it is not connected. */
  readonly enginePlatform: string | null;
  /** False when no image of the tag runs on the engine's platform (it is known and none match). */
  readonly runsOnEngine: boolean;
}

/** A one-click run: the container, and its first published TCP port as a URL. */
export interface QuickRunResult extends RunCreated {
  readonly url: string | null;
}

export interface DeletedTag {
  readonly reference: string;
  readonly digest: string;
}

export interface RecentImage {
  readonly image: string;
  /** Epoch ms of the last one-click run. */
  readonly at: number;
}

export interface Favorites {
  readonly recent: readonly RecentImage[];
  readonly starred: readonly string[];
}

/** Docker Hub, when its public API answers; otherwise one message, and the engine's search. */
export type HubAnswer<T> =
  { readonly available: true; readonly value: T } | { readonly available: false; readonly message: string };

export interface HubRepository {
  /** `nginx` for official images, `owner/name` otherwise. */
  readonly name: string;
  readonly description: string;
  readonly stars: number;
  readonly pulls: number;
  readonly official: boolean;
  readonly verified: boolean;
}

export interface HubTag {
  readonly name: string;
  readonly lastPushed: string | null;
  readonly digest: string | null;
  readonly images: readonly {
    readonly platform: string;
    readonly size: number;
    readonly digest: string | null;
  }[];
}

export interface HubRepositoryPage {
  readonly name: string;
  readonly description: string;
  readonly summary: string;
  readonly tags: readonly HubTag[];
}

const noControl = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x1f || code === 0x7f) return false;
  }
  return true;
};

/** A registry address as a person types it; Docker Hub is not browsable by catalog. */
export const registryAddress = z
  .string()
  .max(300)
  .transform((value, ctx) => {
    const parsed = parseBrowsableRegistry(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    return parsed.address;
  });

const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
/** A repository path as distribution's reference grammar allows it (so it is safe in a URL path). */
export const repositoryName = z
  .string()
  .max(255)
  .regex(
    new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`),
    'must be a repository name such as team/app',
  );

export const tagName = z
  .string()
  .regex(/^[\w][\w.-]{0,127}$/, 'must be a tag of letters, digits, _ . - (at most 128)');

/** A page cursor: the last name of the previous page (sent as a query parameter). */
const cursor = z.string().min(1).max(512).refine(noControl, 'must not hold control characters');
const pageSize = z.number().int().min(1).max(1_000);

export const registryRequest = z.strictObject({ registry: registryAddress });
export const repositoriesRequest = z.strictObject({
  registry: registryAddress,
  last: cursor.optional(),
  pageSize: pageSize.optional(),
});
export const tagsRequest = z.strictObject({
  registry: registryAddress,
  repository: repositoryName,
  last: cursor.optional(),
  pageSize: pageSize.optional(),
});
export const tagRequest = z.strictObject({
  registry: registryAddress,
  repository: repositoryName,
  tag: tagName,
});

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
export const platformText = z.string().max(64).regex(PLATFORM, 'must be a platform such as linux/amd64');

export const quickRunRequest = z.strictObject({ image: imageReference });
export const pullRequest = z.strictObject({ image: imageReference, platform: platformText.optional() });
export const starRequest = z.strictObject({ image: imageReference, starred: z.boolean() });

export const hubSearchRequest = z.strictObject({
  term: z.string().min(1).max(256).refine(noControl, 'must not hold control characters'),
});
export const hubRepositoryRequest = z.strictObject({ repository: repositoryName });
