import { z } from 'zod';
import { containerRef, containerRefs } from './ids.js';

/**
 * "Update available" (issue 17): whether the registry's manifest for the tag a container was
 * made from differs from the image the container runs. Checked on demand; never for images that
 * did not come from a registry.
 */
export type UpdateStatus =
  /** The registry has the same manifest the container runs. */
  | 'current'
  /** The registry's manifest for the tag differs: pull and recreate to update. */
  | 'available'
  /** Built or loaded here, or made from an image id: no registry to ask. */
  | 'local'
  /** The registry could not be asked (down, refused credentials…); `message` says why. */
  | 'unknown';

export interface ImageUpdateCheck {
  /** The reference the containers were made from, as they name it (`127.0.0.1:5000/app:1.0`). */
  readonly image: string;
  readonly status: UpdateStatus;
  readonly localDigest: string | null;
  readonly remoteDigest: string | null;
  readonly message: string | null;
  /** The containers (ids) running this reference's current local image. */
  readonly containers: readonly string[];
  readonly checkedAt: number;
}

export interface UpdateApplied {
  /** False when the pull brought nothing new: the container was left as it was. */
  readonly updated: boolean;
  readonly id: string;
  readonly name: string;
  readonly imageId: string;
}

export const updatesCheckRequest = z.strictObject({ containers: containerRefs });
export const updatesApplyRequest = z.strictObject({ ref: containerRef });
