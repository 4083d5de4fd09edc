import { z } from 'zod';
import { LOG_LEVELS, SPOOL_LIMIT_MB } from '../../logs/explorer.js';
import { defineSection } from '../define-section.js';

/** Most containers whose log options are remembered; the least recently opened go first. */
export const REMEMBERED_CONTAINERS = 200;

/** One container's log options, as the user left them (issue 18). */
export const containerLogOptions = z.strictObject({
  timestamps: z.boolean(),
  stdout: z.boolean(),
  stderr: z.boolean(),
  wrap: z.boolean(),
  /** JSON lines with level and message picked out. */
  structured: z.boolean(),
  /** Only structured lines of these levels; empty: every line. */
  levels: z.array(z.enum(LOG_LEVELS)).max(LOG_LEVELS.length),
  /** When last opened (epoch ms): the oldest are let go past REMEMBERED_CONTAINERS. */
  at: z.number().int().nonnegative(),
});
export type ContainerLogOptions = z.output<typeof containerLogOptions>;

/** Defaults a new log view opens with (issues 18, 19), the spool limit and each container's options. */
export const logsSection = defineSection(
  {
    timestamps: z.boolean(),
    wrap: z.boolean(),
    /** The explorer's disk spool per view, in MiB: past it the oldest lines are dropped and counted. */
    spoolLimitMb: z.number().int().min(SPOOL_LIMIT_MB.min).max(SPOOL_LIMIT_MB.max),
    /** Keyed by container name (it survives a re-create, an id does not). */
    containers: z
      .record(z.string().max(256), containerLogOptions)
      .refine(
        (value) => Object.keys(value).length <= REMEMBERED_CONTAINERS,
        `at most ${REMEMBERED_CONTAINERS} containers`,
      ),
  },
  { timestamps: false, wrap: true, spoolLimitMb: SPOOL_LIMIT_MB.default, containers: {} },
);

/** The remembered options with one container's changed, the least recently opened let go past the cap. */
export const rememberOptions = (
  all: Readonly<Record<string, ContainerLogOptions>>,
  name: string,
  options: ContainerLogOptions,
): Record<string, ContainerLogOptions> => {
  const entries = Object.entries({ ...all, [name]: options }).sort((a, b) => b[1].at - a[1].at);
  return Object.fromEntries(entries.slice(0, REMEMBERED_CONTAINERS));
};
