import type { Json } from '../kube/yaml-text.js';
import type { ComposeSource, HealthConfig, HostConfig, ImageConfig } from './inspect-shape.js';

/** compose's own bookkeeping labels: meaningless (and misleading) in a new project. */
export const COMPOSE_LABEL = /^com\.docker\.compose\./;
const DEFAULT_SHM = 64 * 1024 * 1024;

type Entry = Record<string, Json | undefined>;

/** Nanoseconds as a compose duration ("30s", "1500ms"). */
export const composeDuration = (ns: number): string => {
  if (ns % 1e9 === 0) return `${ns / 1e9}s`;
  if (ns % 1e6 === 0) return `${ns / 1e6}ms`;
  return `${Math.round(ns / 1e3)}us`;
};

const sameList = (
  a: readonly string[] | null | undefined,
  b: readonly string[] | null | undefined,
): boolean => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

const nonEmpty = <T>(list: readonly T[] | null | undefined): readonly T[] | undefined =>
  list && list.length > 0 ? list : undefined;

const healthcheck = (own: HealthConfig | null | undefined, image: ImageConfig | null): Json | undefined => {
  if (!own?.Test || JSON.stringify(own) === JSON.stringify(image?.Healthcheck ?? null)) return undefined;
  if (own.Test[0] === 'NONE') return { disable: true };
  return {
    test: [...own.Test],
    interval: own.Interval ? composeDuration(own.Interval) : undefined,
    timeout: own.Timeout ? composeDuration(own.Timeout) : undefined,
    retries: own.Retries || undefined,
    start_period: own.StartPeriod ? composeDuration(own.StartPeriod) : undefined,
  };
};

const restart = (host: HostConfig): string | undefined => {
  const policy = host.RestartPolicy?.Name ?? '';
  // "no" is written out: the CLI sets it explicitly, and a reproduced container should say the same.
  if (policy === '') return undefined;
  if (policy === 'on-failure' && host.RestartPolicy?.MaximumRetryCount)
    return `on-failure:${host.RestartPolicy.MaximumRetryCount}`;
  return policy;
};

const ports = (host: HostConfig): string[] =>
  Object.entries(host.PortBindings ?? {}).flatMap(([key, bindings]) =>
    (bindings ?? [{}]).map(({ HostIp, HostPort }) => {
      const ip = HostIp && HostIp !== '0.0.0.0' ? (HostIp.includes(':') ? `[${HostIp}]:` : `${HostIp}:`) : '';
      return HostPort ? `${ip}${HostPort}:${key}` : ip ? `${ip}:${key}` : key;
    }),
  );

const resources = (host: HostConfig): Entry => ({
  mem_limit: host.Memory || undefined,
  memswap_limit: host.Memory && host.MemorySwap ? host.MemorySwap : undefined,
  mem_reservation: host.MemoryReservation || undefined,
  cpus: host.NanoCpus ? host.NanoCpus / 1e9 : undefined,
  cpu_shares: host.CpuShares || undefined,
  cpu_quota: host.CpuQuota || undefined,
  cpu_period: host.CpuPeriod || undefined,
  cpuset: host.CpusetCpus || undefined,
  pids_limit: host.PidsLimit && host.PidsLimit > 0 ? host.PidsLimit : undefined,
  shm_size: host.ShmSize && host.ShmSize !== DEFAULT_SHM ? host.ShmSize : undefined,
  oom_kill_disable: host.OomKillDisable || undefined,
  oom_score_adj: host.OomScoreAdj || undefined,
  blkio_config: host.BlkioWeight ? { weight: host.BlkioWeight } : undefined,
});

const runtimeSettings = (host: HostConfig): Entry => ({
  privileged: host.Privileged || undefined,
  read_only: host.ReadonlyRootfs || undefined,
  init: host.Init || undefined,
  cap_add: nonEmpty(host.CapAdd),
  cap_drop: nonEmpty(host.CapDrop),
  devices: nonEmpty(
    host.Devices?.map((d) => `${d.PathOnHost}:${d.PathInContainer}:${d.CgroupPermissions || 'rwm'}`),
  ),
  dns: nonEmpty(host.Dns),
  dns_search: nonEmpty(host.DnsSearch),
  dns_opt: nonEmpty(host.DnsOptions),
  extra_hosts: nonEmpty(host.ExtraHosts),
  security_opt: nonEmpty(host.SecurityOpt),
  sysctls: host.Sysctls && Object.keys(host.Sysctls).length > 0 ? { ...host.Sysctls } : undefined,
  ulimits: nonEmpty(host.Ulimits)
    ? Object.fromEntries((host.Ulimits ?? []).map((u) => [u.Name, { soft: u.Soft, hard: u.Hard }]))
    : undefined,
  logging:
    host.LogConfig?.Type &&
    (host.LogConfig.Type !== 'json-file' || Object.keys(host.LogConfig.Config ?? {}).length)
      ? {
          driver: host.LogConfig.Type,
          options: host.LogConfig.Config ? { ...host.LogConfig.Config } : undefined,
        }
      : undefined,
  group_add: nonEmpty(host.GroupAdd),
  pid: host.PidMode || undefined,
  ipc: host.IpcMode && !['private', 'shareable', ''].includes(host.IpcMode) ? host.IpcMode : undefined,
  userns_mode: host.UsernsMode || undefined,
  cgroup_parent: host.CgroupParent || undefined,
  runtime: host.Runtime && host.Runtime !== 'runc' ? host.Runtime : undefined,
  tmpfs:
    host.Tmpfs && Object.keys(host.Tmpfs).length > 0
      ? Object.entries(host.Tmpfs).map(([path, opts]) => (opts ? `${path}:${opts}` : path))
      : undefined,
});

/**
 * The settings of one service that come from Config and HostConfig: what the container set for
 * itself, leaving out what it inherits from its image (env, command, labels, health check…).
 */
export const serviceSettings = ({ container, image }: ComposeSource): Entry => {
  const config = container.Config ?? {};
  const host = container.HostConfig ?? {};
  const imageEnv = new Set(image?.Env ?? []);
  const imageLabels = image?.Labels ?? {};
  const labels = Object.entries(config.Labels ?? {}).filter(
    ([k, v]) => !COMPOSE_LABEL.test(k) && imageLabels[k] !== v,
  );
  const exposed = Object.keys(config.ExposedPorts ?? {}).filter(
    (p) => !(p in (image?.ExposedPorts ?? {})) && !(p in (host.PortBindings ?? {})),
  );
  const entrypointChanged = !sameList(config.Entrypoint, image?.Entrypoint);
  return {
    image: config.Image,
    entrypoint: entrypointChanged && config.Entrypoint ? [...config.Entrypoint] : undefined,
    command: !sameList(config.Cmd, image?.Cmd) && config.Cmd ? [...config.Cmd] : undefined,
    working_dir: config.WorkingDir && config.WorkingDir !== image?.WorkingDir ? config.WorkingDir : undefined,
    user: config.User && config.User !== image?.User ? config.User : undefined,
    hostname: config.Hostname && config.Hostname !== container.Id.slice(0, 12) ? config.Hostname : undefined,
    domainname: config.Domainname || undefined,
    mac_address: config.MacAddress || undefined,
    tty: config.Tty || undefined,
    stdin_open: config.OpenStdin || undefined,
    environment: nonEmpty((config.Env ?? []).filter((e) => !imageEnv.has(e))),
    labels: labels.length > 0 ? Object.fromEntries(labels) : undefined,
    ports: nonEmpty(ports(host)),
    expose: nonEmpty(exposed),
    restart: restart(host),
    healthcheck: healthcheck(config.Healthcheck, image),
    stop_signal: config.StopSignal && config.StopSignal !== image?.StopSignal ? config.StopSignal : undefined,
    stop_grace_period: typeof config.StopTimeout === 'number' ? `${config.StopTimeout}s` : undefined,
    ...runtimeSettings(host),
    ...resources(host),
  };
};

/** What the container set that no compose file can say; each one sentence, for the top comment. */
export const untranslatable = ({ container, image }: ComposeSource): string[] => {
  const host = container.HostConfig ?? {};
  const notes: string[] = [];
  if (host.AutoRemove) notes.push('removed when it stops (--rm)');
  if (host.PublishAllPorts) notes.push('every exposed port published to a random port (-P)');
  if (host.DeviceRequests && host.DeviceRequests.length > 0) notes.push('GPU / device requests (--gpus)');
  if (host.Links && host.Links.length > 0) notes.push(`legacy links (${host.Links.join(', ')})`);
  if (host.UTSMode) notes.push(`UTS namespace mode "${host.UTSMode}"`);
  if (!container.Config?.Entrypoint && image?.Entrypoint && image.Entrypoint.length > 0)
    notes.push('the image\'s entrypoint cleared (--entrypoint "")');
  return notes;
};
