export const CONTAINER_STATES = [
  'created',
  'running',
  'paused',
  'restarting',
  'removing',
  'exited',
  'dead',
] as const;
export type ContainerState = (typeof CONTAINER_STATES)[number];

export interface PublishedPort {
  /** Host address the port is bound to ("0.0.0.0", "::", "127.0.0.1"…). */
  readonly ip: string;
  readonly hostPort: number;
  readonly containerPort: number;
  readonly protocol: 'tcp' | 'udp' | 'sctp';
}

export interface ContainerSummary {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  readonly command: string;
  readonly state: ContainerState;
  /** The engine's human status text, e.g. "Up 3 minutes (healthy)". */
  readonly status: string;
  /** Epoch ms the status was read at: the renderer ages its duration from here, without an engine call. */
  readonly statusAt?: number;
  /** Epoch seconds. */
  readonly created: number;
  readonly ports: readonly PublishedPort[];
  readonly labels: Readonly<Record<string, string>>;
  /** `com.docker.compose.project` / `.service` labels, lifted for grouping. */
  readonly project: string | null;
  readonly service: string | null;
  /** From the status text: null when the image has no health check (issue 16). */
  readonly health?: 'starting' | 'healthy' | 'unhealthy' | null;
  /** A stopped container's exit code; null while running or never started. */
  readonly exitCode?: number | null;
  /** Restarts by its restart policy (inspect; read for containers that died while Berth watched). */
  readonly restartCount?: number;
  /** The kernel killed it for exceeding its memory limit (inspect). */
  readonly oomKilled?: boolean;
}

export const CONTAINER_ACTIONS = ['start', 'stop', 'restart', 'pause', 'unpause', 'kill'] as const;
export type ContainerAction = (typeof CONTAINER_ACTIONS)[number];

/** Per-container outcome of a bulk action: one failure never hides the others. */
export interface ActionOutcome {
  readonly ref: string;
  readonly ok: boolean;
  readonly error?: { readonly code: string; readonly message: string };
}

/** Pushed when the backend's model changes; `reset` replaces the whole list. */
export interface ContainersChanged {
  readonly reset: boolean;
  readonly upserts: readonly ContainerSummary[];
  readonly removed: readonly string[];
}

/**
 * Berth's own short-lived helper containers (volume browse/export/import) carry this label; they
 * are plumbing, so the containers list leaves them out.
 */
export const BERTH_HELPER_LABEL = 'dev.berth.helper';
