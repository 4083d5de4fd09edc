import { z } from 'zod';
import { checkImageTag } from '../build/image-tag.js';

/** Requests and results of building images and moving them as tar files (issue 5 §3, §4). */

const noNul = (value: string): boolean => !value.includes('\0');

/** A path on the backend's machine; the backend checks it is absolute and what it points at. */
export const hostPath = z
  .string()
  .min(1, 'is required')
  .max(4096)
  .refine(noNul, 'must not contain NUL bytes');

/** Context-relative (or absolute) path of the Dockerfile; default `Dockerfile`. */
export const dockerfilePath = z.string().min(1).max(4096).refine(noNul, 'must not contain NUL bytes');

export const imageTag = z
  .string()
  .max(512)
  .superRefine((value, ctx) => {
    const check = checkImageTag(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

/** A build arg or label key: what `--build-arg KEY=…` / `--label KEY=…` accept (no `=`, no blanks). */
export const KEY_PATTERN = /^[^=\s\0]{1,256}$/;

const keyValue = z.strictObject({
  key: z.string().regex(KEY_PATTERN, 'must be 1–256 characters without "=", spaces or NUL'),
  value: z.string().max(32_768).refine(noNul, 'must not contain NUL bytes'),
});

/** A build stage name as the Dockerfile parser accepts it after `AS`. */
export const STAGE_PATTERN = /^[a-zA-Z][a-zA-Z0-9_.-]{0,127}$/;

export const contextInfoRequest = z.strictObject({
  contextPath: hostPath,
  dockerfile: dockerfilePath,
});

const uniqueKeys = (items: readonly { key: string }[]): boolean =>
  new Set(items.map((item) => item.key)).size === items.length;

export const buildRequest = z.strictObject({
  contextPath: hostPath,
  dockerfile: dockerfilePath,
  tags: z.array(imageTag).max(32),
  buildArgs: z.array(keyValue).max(200).refine(uniqueKeys, 'each build arg may be given once'),
  labels: z.array(keyValue).max(200).refine(uniqueKeys, 'each label may be given once'),
  /** Empty: build the last stage. */
  target: z.union([z.literal(''), z.string().regex(STAGE_PATTERN, 'must be a stage name')]),
  noCache: z.boolean(),
  /** Always try to pull a newer version of the base images (`--pull`). */
  pull: z.boolean(),
});
export type BuildRequest = z.input<typeof buildRequest>;

/** What will be sent, measured before the upload (after `.dockerignore`). */
export interface ContextInfo {
  /** The context folder, resolved. */
  readonly contextPath: string;
  /** The Dockerfile as the engine will read it: context-relative, or a generated name. */
  readonly dockerfile: string;
  /** False when the Dockerfile lives outside the context and travels under a generated name. */
  readonly dockerfileInContext: boolean;
  readonly hasDockerignore: boolean;
  readonly files: number;
  readonly directories: number;
  readonly symlinks: number;
  /** Bytes of file contents sent (the tar adds headers on top). */
  readonly bytes: number;
  /** What `.dockerignore` kept out: files and pruned directories, bounded. */
  readonly ignored: readonly string[];
  readonly ignoredCount: number;
}

export const MAX_IGNORED_LISTED = 200;

/** An image id (full or short, with or without `sha256:`), or a name with an optional tag. */
export const IMAGE_REF_PATTERN =
  /^(?:(?:sha256:)?[a-f0-9]{12,64}|[a-zA-Z0-9][a-zA-Z0-9_.:[\]-]*(?:\/[a-z0-9][a-z0-9_.-]*)*(?::[\w][\w.-]{0,127})?)$/;

export const imageRef = z
  .string()
  .max(512)
  .regex(IMAGE_REF_PATTERN, 'must be an image id or a name with an optional tag');

export const saveImagesRequest = z.strictObject({ refs: z.array(imageRef).min(1).max(100) });

/** What the upload of an image tar answers once the engine has loaded it. */
export interface LoadResult {
  readonly taskId: string;
  /** As the engine reports them: `name:tag`, or an id for untagged images. */
  readonly images: readonly string[];
}

/** The largest tar accepted for `docker load` through the app. */
export const MAX_LOAD_BYTES = 64 * 1024 ** 3;
