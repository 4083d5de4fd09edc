import { z } from 'zod';
import { containerRef } from './ids.js';

/** One piece of log output: text of one stream (several lines, or part of one). */
export interface LogChunk {
  /** `system` marks Berth's own notes in the log (stopped, resumed, lines dropped, line capped). */
  readonly stream: 'stdout' | 'stderr' | 'system';
  readonly text: string;
  /** On a `system` note: lines let go because the viewer fell more than `keep` lines behind. */
  readonly dropped?: number;
}

export const logsRequest = z.strictObject({
  ref: containerRef,
  /** Lines of history to start with; 'all' streams the whole history at engine speed. */
  tail: z.union([z.literal('all'), z.number().int().min(0).max(10_000_000)]),
  timestamps: z.boolean(),
  /** Epoch seconds. */
  since: z.number().int().nonnegative().optional(),
  until: z.number().int().nonnegative().optional(),
  /** Keep the stream open for new output (and across container and engine restarts). */
  follow: z.boolean(),
  /**
   * Lines the viewer keeps (its scrollback). When it falls behind by more than this, older
   * waiting lines are let go and counted rather than the engine paused: they would only scroll
   * out again. Absent: nothing is ever let go, and a slow viewer pauses the engine stream.
   */
  keep: z.number().int().min(1000).max(1_000_000).optional(),
});

const terminalSize = z.strictObject({
  cols: z.number().int().min(1).max(1000),
  rows: z.number().int().min(1).max(1000),
});

export const execRequest = z.strictObject({
  ref: containerRef,
  /** The command to run; absent: the container's bash if it has one, else sh. */
  command: z.array(z.string().min(1).max(4096)).min(1).max(64).optional(),
  user: z
    .string()
    .regex(/^[a-zA-Z0-9_.-]{1,64}(:[a-zA-Z0-9_.-]{1,64})?$/)
    .optional(),
  size: terminalSize,
});

export const execInput = z.union([
  z.strictObject({ data: z.string().max(64 * 1024) }),
  z.strictObject({ resize: terminalSize }),
]);

export type ExecChunk =
  | { readonly kind: 'output'; readonly data: string }
  | { readonly kind: 'exit'; readonly code: number | null };

/** One `docker stats` sample, computed as the docker CLI computes it. */
export interface StatsSample {
  /** Epoch ms of the engine's reading. */
  readonly at: number;
  /** Percent of one CPU × online CPUs, like `docker stats`; null on the first sample. */
  readonly cpuPercent: number | null;
  readonly memoryUsage: number;
  readonly memoryLimit: number;
  readonly memoryPercent: number;
  readonly networkRx: number;
  readonly networkTx: number;
  readonly blockRead: number;
  readonly blockWrite: number;
  readonly pids: number;
}

export interface ProcessList {
  readonly titles: readonly string[];
  readonly processes: readonly (readonly string[])[];
}

/** The engine's inspect document, as it is (shown as a tree; summarised by the renderer). */
export type ContainerInspect = Readonly<Record<string, unknown>>;

export const refRequest = z.strictObject({ ref: containerRef });
