import { z } from 'zod';

/**
 * A container is addressed by a hex id (full or a prefix) or by a name Docker accepts.
 * Docker's own name rule is `[a-zA-Z0-9][a-zA-Z0-9_.-]+`; anything else (slashes, `..`,
 * control bytes) never reaches the engine.
 */
export const CONTAINER_REF_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,254}$/;

export const containerRef = z
  .string()
  .regex(CONTAINER_REF_PATTERN, 'must be a container id or a name of letters, digits, _ . -');

export const containerRefs = z.array(containerRef).min(1).max(500);
