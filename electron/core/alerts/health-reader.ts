import type { ContainerInspectInfo } from 'dockerode';
import type { ContainerHealth, HealthProbe } from '../../../shared/alerts/health-types.js';

/** The parts of inspect dockerode's types leave out or loosen. */
interface HealthInspect {
  readonly Config: { readonly Healthcheck?: RawHealthcheck };
  readonly State: {
    readonly Health?: {
      readonly Status?: string;
      readonly FailingStreak?: number;
      readonly Log?: readonly RawProbe[] | null;
    };
  };
}
interface RawHealthcheck {
  readonly Test?: readonly string[];
  readonly Interval?: number;
  readonly Timeout?: number;
  readonly StartPeriod?: number;
  readonly Retries?: number;
}
interface RawProbe {
  readonly Start?: string;
  readonly End?: string;
  readonly ExitCode?: number;
  readonly Output?: string;
}

const ms = (nanoseconds: number | undefined): number | null =>
  nanoseconds === undefined || nanoseconds === 0 ? null : Math.round(nanoseconds / 1e6);

const toProbe = (raw: RawProbe): HealthProbe => ({
  start: Date.parse(raw.Start ?? '') || 0,
  end: Date.parse(raw.End ?? '') || 0,
  exitCode: raw.ExitCode ?? -1,
  output: raw.Output ?? '',
});

const toStatus = (status: string | undefined): ContainerHealth['status'] =>
  status === 'starting' || status === 'healthy' || status === 'unhealthy' ? status : null;

/** Inspect → the detail view's health panel. A `["NONE"]` test (health check disabled) is no health check. */
export const toContainerHealth = (info: ContainerInspectInfo): ContainerHealth => {
  const loose = info as unknown as HealthInspect;
  const check = loose.Config.Healthcheck;
  const health = loose.State.Health;
  const disabled = check?.Test?.[0] === 'NONE';
  return {
    config:
      check?.Test && !disabled
        ? {
            test: check.Test,
            intervalMs: ms(check.Interval),
            timeoutMs: ms(check.Timeout),
            startPeriodMs: ms(check.StartPeriod),
            retries: check.Retries ?? null,
          }
        : null,
    status: toStatus(health?.Status),
    failingStreak: health?.FailingStreak ?? 0,
    probes: (health?.Log ?? []).map(toProbe),
    restartCount: info.RestartCount,
    oomKilled: info.State.OOMKilled,
    exitCode: info.State.Running ? null : info.State.ExitCode,
    restartPolicy: info.HostConfig.RestartPolicy?.Name ?? '',
  };
};
