/** A container's HEALTHCHECK as configured, in milliseconds (the engine stores nanoseconds). */
export interface HealthCheckConfig {
  /** The probe as the engine holds it, e.g. ["CMD-SHELL", "wget -q -O- localhost"]. */
  readonly test: readonly string[];
  readonly intervalMs: number | null;
  readonly timeoutMs: number | null;
  readonly startPeriodMs: number | null;
  readonly retries: number | null;
}

/** One probe run the engine kept (it keeps the last five). */
export interface HealthProbe {
  /** Epoch ms. */
  readonly start: number;
  readonly end: number;
  readonly exitCode: number;
  /** The probe's output, as the engine truncated it (4 KB). */
  readonly output: string;
}

export interface ContainerHealth {
  /** Null: the container has no health check. */
  readonly config: HealthCheckConfig | null;
  readonly status: 'starting' | 'healthy' | 'unhealthy' | null;
  readonly failingStreak: number;
  readonly probes: readonly HealthProbe[];
  readonly restartCount: number;
  readonly oomKilled: boolean;
  readonly exitCode: number | null;
  readonly restartPolicy: string;
}
