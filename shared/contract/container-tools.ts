import { z } from 'zod';
import { tagTarget } from './images.js';
import { COMMIT_INSTRUCTIONS } from './commit-instructions.js';
import { containerRef, containerRefs } from './ids.js';

/**
 * Rename, commit, export and "Copy as compose" (issue 17): what a user does to a container
 * besides running and editing it.
 */

/** The engine's own name rule (daemon/names: `^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$`). */
export const containerNewName = z
  .string()
  .max(253)
  .regex(
    /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/,
    'a name has at least two characters: letters, digits, "_", "." or "-", starting with a letter or digit',
  );

const commitChange = z
  .string()
  .max(4096)
  .refine(
    (line) => {
      const word = /^\s*([A-Za-z]+)\s+\S/.exec(line)?.[1]?.toUpperCase();
      return word !== undefined && (COMMIT_INSTRUCTIONS as readonly string[]).includes(word);
    },
    `each change is one Dockerfile instruction with its argument: ${COMMIT_INSTRUCTIONS.join(', ')}`,
  );

export const renameRequest = z.strictObject({ ref: containerRef, name: containerNewName });

export const commitRequest = z.strictObject({
  ref: containerRef,
  /** repository[:tag], as `docker commit CONTAINER REPOSITORY[:TAG]`. */
  image: tagTarget,
  message: z.string().max(4096).optional(),
  author: z.string().max(512).optional(),
  changes: z.array(commitChange).max(64),
  /** Pause the container while committing (the CLI's default). */
  pause: z.boolean(),
});

export const exportRequest = z.strictObject({ ref: containerRef });

export const composeExportRequest = z.strictObject({ containers: containerRefs });

export interface CommitResult {
  /** The new image's id (sha256:…). */
  readonly id: string;
}

export interface ComposeExport {
  readonly yaml: string;
  /** Settings compose cannot express, one sentence each; also written as a comment at the top. */
  readonly untranslated: readonly string[];
}
