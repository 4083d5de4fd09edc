import { z } from 'zod';
import { parseReference, parseRegistryHost } from '../images/reference.js';

/** A container that keeps an image in use (running or not). */
export interface ImageUser {
  readonly id: string;
  readonly name: string;
  readonly state: string;
}

export interface ImageSummary {
  /** `sha256:…` */
  readonly id: string;
  /** `repo:tag` as the engine lists them; empty for a dangling image. */
  readonly repoTags: readonly string[];
  readonly repoDigests: readonly string[];
  /** Bytes, shared layers included (as `docker images` shows). */
  readonly size: number;
  /** Epoch seconds. */
  readonly created: number;
  readonly labels: Readonly<Record<string, string>>;
  /** Untagged and not the parent of another image: what `docker image prune` removes. */
  readonly dangling: boolean;
  readonly usedBy: readonly ImageUser[];
}

export interface ImageList {
  readonly images: readonly ImageSummary[];
  /** Bytes on disk for all images, each shared layer counted once (the engine's /system/df). */
  readonly diskUse: number | null;
}

/** One layer of `docker history`. */
export interface ImageHistoryEntry {
  /** `sha256:…`, or `<missing>` for layers built elsewhere. */
  readonly id: string;
  /** Epoch seconds. */
  readonly created: number;
  readonly createdBy: string;
  readonly size: number;
  readonly comment: string;
  readonly tags: readonly string[];
}

/** The engine's image inspect document as it is: shown as a tree. */
export type ImageInspect = Readonly<Record<string, unknown>>;

export interface RemoveOutcome {
  /** The image id or reference asked for. */
  readonly ref: string;
  readonly ok: boolean;
  readonly untagged: readonly string[];
  readonly deleted: readonly string[];
  /** For an image in use: the containers, so the view can say which. */
  readonly usedBy: readonly ImageUser[];
  readonly error?: { readonly code: string; readonly message: string };
}

export interface SearchResult {
  readonly name: string;
  readonly description: string;
  readonly stars: number;
  readonly official: boolean;
  readonly automated: boolean;
}

/** Where a login's credentials went: the configured helper, or config.json's `auths`. */
export interface LoginResult {
  readonly registry: string;
  readonly storedIn: string;
}

export interface LogoutResult {
  readonly registry: string;
  readonly removed: boolean;
}

/** A registry the docker CLI config knows credentials for; never the secret itself. */
export interface RegistryEntry {
  readonly registry: string;
  readonly source: 'credHelpers' | 'credsStore' | 'auths';
  readonly helper: string | null;
}

/** Pushed after image events (coalesced): lists are stale, fetch them again. */
export interface ImagesChanged {
  readonly at: number;
}

/** Control characters have no place in a search term or a user name (and would garble logs). */
const noControlCharacters = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x1f || code === 0x7f) return false;
  }
  return true;
};

const IMAGE_ID = /^(sha256:)?[a-f0-9]{12,64}$/;

/** An image by id (full or a 12+ hex prefix, with or without `sha256:`) or by reference. */
export const imageRef = z
  .string()
  .min(1)
  .max(512)
  .refine(
    (value) => IMAGE_ID.test(value) || parseReference(value, { defaultTag: false }).ok,
    'must be an image id or an image reference such as app:1 or 127.0.0.1:5000/app:1',
  );

/** A reference to pull or push: checked as the docker CLI checks it, with its reason. */
export const imageReference = z
  .string()
  .max(512)
  .superRefine((value, ctx) => {
    const parsed = parseReference(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  });

/** A tag target must name a repository (and may have a tag); digests cannot be tagged. */
export const tagTarget = z
  .string()
  .max(512)
  .superRefine((value, ctx) => {
    const parsed = parseReference(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
    else if (parsed.reference.digest) ctx.addIssue({ code: 'custom', message: 'a tag cannot hold a digest' });
  });

export const registryHost = z
  .string()
  .max(255)
  .superRefine((value, ctx) => {
    const parsed = parseRegistryHost(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
  });

export const refRequest = z.strictObject({ ref: imageRef });

export const removeRequest = z.strictObject({
  ids: z.array(z.string().regex(IMAGE_ID, 'must be an image id')).min(1).max(500),
  /** Like `docker rmi -f`: off unless the person chose it after seeing who uses the image. */
  force: z.boolean(),
});

export const untagRequest = z.strictObject({
  references: z.array(imageRef).min(1).max(500),
});

export const tagRequest = z.strictObject({ source: imageRef, target: tagTarget });

export const transferRequest = z.strictObject({ reference: imageReference });

export const searchRequest = z.strictObject({
  term: z.string().min(1).max(256).refine(noControlCharacters, 'must not hold control characters'),
  limit: z.number().int().min(1).max(100),
});

export const loginRequest = z.strictObject({
  registry: registryHost,
  username: z.string().min(1).max(256).refine(noControlCharacters, 'must not hold control characters'),
  /** Sent once; never stored by the renderer, never returned, never logged. */
  password: z.string().min(1).max(4096),
});

export const logoutRequest = z.strictObject({ registry: registryHost });
