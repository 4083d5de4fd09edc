import { z } from 'zod';
import type { ActionOutcome } from './containers.js';

/**
 * Compose's own rule for project names (compose-spec `^[a-z0-9][a-z0-9_-]*$`), bounded: the
 * name becomes a label value and a prefix of container and network names.
 */
export const PROJECT_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const MAX_PROJECT_NAME = 63;

export const projectName = z
  .string()
  .min(1, 'enter a project name')
  .max(MAX_PROJECT_NAME, `at most ${MAX_PROJECT_NAME} characters`)
  .regex(PROJECT_NAME_PATTERN, 'lowercase letters, digits, _ and -, starting with a letter or digit');

/** Linux PATH_MAX; the backend also requires an absolute path to an existing regular file. */
export const MAX_COMPOSE_PATH = 4096;

export const composeFilePath = z
  .string()
  .min(1, 'enter the path of a compose file')
  .max(MAX_COMPOSE_PATH, `at most ${MAX_COMPOSE_PATH} characters`)
  .refine((path) => !path.includes('\0'), 'must not contain NUL bytes');

/** What Berth runs through the compose CLI; each maps to one fixed argv (see compose-argv). */
export const COMPOSE_COMMANDS = ['up', 'down', 'pull', 'build', 'restart'] as const;
export type ComposeCommand = (typeof COMPOSE_COMMANDS)[number];

export const composeRunRequest = z.strictObject({
  file: composeFilePath,
  /** null: compose derives the name from the file's folder, as on the command line. */
  project: projectName.nullable(),
  command: z.enum(COMPOSE_COMMANDS),
  /** `down -v`: also the project's named volumes. Ignored by the other commands. */
  volumes: z.boolean(),
});
export type ComposeRunRequest = z.infer<typeof composeRunRequest>;

export const PROJECT_ACTIONS = ['start', 'stop', 'restart'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export const projectActionRequest = z.strictObject({
  project: projectName,
  action: z.enum(PROJECT_ACTIONS),
});

export const projectRemoveRequest = z.strictObject({
  project: projectName,
  /** Also the volumes labelled as the project's. */
  volumes: z.boolean(),
  /** Stop running containers first; without it a running project is refused (CONFLICT). */
  force: z.boolean(),
});

export interface ProjectRemoveOutcome {
  readonly containers: readonly ActionOutcome[];
  readonly networks: readonly ActionOutcome[];
  readonly volumes: readonly ActionOutcome[];
}

/** The compose CLI found on this machine, or the commands that were tried. */
export type ComposeCli =
  | {
      readonly available: true;
      readonly flavour: 'v2' | 'v1';
      readonly version: string;
      /** As a person would type it: "docker compose" or "docker-compose". */
      readonly command: string;
    }
  | { readonly available: false; readonly tried: readonly string[]; readonly reason: string };

export interface RecentComposeFile {
  readonly path: string;
  /** The project name last used with this file; null: derived by compose. */
  readonly project: string | null;
  /** Epoch ms. */
  readonly usedAt: number;
}

export const MAX_RECENT_COMPOSE_FILES = 10;

export const recentComposeFile = z.strictObject({
  path: composeFilePath,
  project: projectName.nullable(),
  usedAt: z.number().int().nonnegative(),
});
