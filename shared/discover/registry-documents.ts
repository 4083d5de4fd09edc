import { z } from 'zod';

/**
 * The registry API's documents (distribution v2 / OCI distribution), read with schemas so a
 * registry that answers something else is an error with its name, not a crash further on.
 * Unknown keys are kept out (`z.object` strips them).
 */

export const MEDIA_TYPES = {
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
} as const;

/** What Berth asks for: every manifest kind it reads, lists first. */
export const MANIFEST_ACCEPT = [
  MEDIA_TYPES.ociIndex,
  MEDIA_TYPES.dockerList,
  MEDIA_TYPES.ociManifest,
  MEDIA_TYPES.dockerManifest,
].join(', ');

const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const digest = z.string().max(200).regex(DIGEST);

/** `sha256:<hex>` and the other forms the OCI spec allows; nothing that could leave a URL path. */
export const isDigest = (value: string): boolean => value.length <= 200 && DIGEST.test(value);

export const catalogDocument = z.object({
  repositories: z.array(z.string().max(512)).nullable().default([]),
});

export const tagsDocument = z.object({
  name: z.string().max(512),
  // distribution answers null for a repository whose tags were all deleted.
  tags: z.array(z.string().max(128)).nullable().default([]),
});

const platform = z.object({
  os: z.string().max(64),
  architecture: z.string().max(64),
  variant: z.string().max(64).optional(),
});

const descriptor = z.object({
  mediaType: z.string().max(256).optional(),
  digest,
  size: z.number().int().nonnegative(),
});

export const indexDocument = z.object({
  schemaVersion: z.literal(2),
  mediaType: z.string().max(256).optional(),
  manifests: z.array(descriptor.extend({ platform: platform.optional() })).max(1_000),
});

export const imageManifestDocument = z.object({
  schemaVersion: z.literal(2),
  mediaType: z.string().max(256).optional(),
  config: descriptor,
  layers: z.array(descriptor).max(10_000),
});

export const configDocument = z.object({
  created: z.string().max(64).optional(),
  os: z.string().max(64).optional(),
  architecture: z.string().max(64).optional(),
  variant: z.string().max(64).optional(),
  config: z
    .object({
      ExposedPorts: z.record(z.string(), z.unknown()).nullable().optional(),
      Volumes: z.record(z.string(), z.unknown()).nullable().optional(),
    })
    .nullable()
    .optional(),
});

export const errorsDocument = z.object({
  errors: z.array(z.object({ code: z.string().max(64), message: z.string().max(2_000).optional() })).max(20),
});

export type IndexDocument = z.infer<typeof indexDocument>;
export type ImageManifestDocument = z.infer<typeof imageManifestDocument>;
export type ConfigDocument = z.infer<typeof configDocument>;

/** Index (list) or single image, by the answer's media type, falling back on its shape. */
export const manifestKind = (contentType: string | null, body: unknown): 'index' | 'image' | 'unknown' => {
  const type = (contentType ?? '').split(';', 1)[0]?.trim() ?? '';
  if (type === MEDIA_TYPES.ociIndex || type === MEDIA_TYPES.dockerList) return 'index';
  if (type === MEDIA_TYPES.ociManifest || type === MEDIA_TYPES.dockerManifest) return 'image';
  if (typeof body === 'object' && body !== null) {
    if ('manifests' in body) return 'index';
    if ('layers' in body) return 'image';
  }
  return 'unknown';
};

/** `linux/arm64/v8`, as `docker` writes a platform. */
export const platformName = (p: { os: string; architecture: string; variant?: string | undefined }): string =>
  [p.os, p.architecture, p.variant].filter((part) => part !== undefined && part !== '').join('/');
