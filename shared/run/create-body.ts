import { extraHostEntries } from './extra-hosts.js';
import { expandPortRow } from './port-spec.js';
import {
  parseDevice,
  parseDnsSearch,
  parseGpus,
  parseTmpfs,
  parseUlimit,
  type DeviceMapping,
  type DeviceRequest,
  type Ulimit,
} from './advanced-specs.js';
import { parseGoDuration } from './go-duration.js';
import { capabilityWords, lines, listWords, type RunForm } from './run-form.js';
import { splitShellWords } from './shell-words.js';
import { parseCpus, parseMemory } from './units.js';

export interface HealthConfig {
  readonly Test?: string[];
  readonly Interval?: number;
  readonly Timeout?: number;
  readonly StartPeriod?: number;
  readonly Retries?: number;
}

export interface EndpointConfig {
  readonly Aliases?: string[];
  readonly IPAMConfig?: { IPv4Address?: string; IPv6Address?: string };
}

/** The subset of the engine's `POST /containers/create` body the dialog sets. */
export interface CreateBody {
  readonly Image: string;
  readonly Cmd?: string[];
  readonly Entrypoint?: string[];
  readonly WorkingDir?: string;
  readonly User?: string;
  readonly Env: string[];
  readonly Labels: Record<string, string>;
  readonly ExposedPorts: Record<string, Record<string, never>>;
  readonly Tty: boolean;
  readonly OpenStdin: boolean;
  readonly AttachStdin: boolean;
  readonly AttachStdout: boolean;
  readonly AttachStderr: boolean;
  readonly StdinOnce: boolean;
  readonly Hostname?: string;
  readonly Healthcheck?: HealthConfig;
  readonly StopSignal?: string;
  readonly StopTimeout?: number;
  readonly HostConfig: {
    readonly PortBindings: Record<string, { HostIp: string; HostPort: string }[]>;
    readonly PublishAllPorts: boolean;
    readonly Mounts: {
      Type: 'volume' | 'bind';
      Source?: string;
      Target: string;
      ReadOnly: boolean;
    }[];
    readonly NetworkMode?: string;
    readonly RestartPolicy: { Name: string; MaximumRetryCount: number };
    readonly Memory?: number;
    readonly NanoCpus?: number;
    readonly AutoRemove: boolean;
    readonly Privileged: boolean;
    readonly CapAdd?: string[];
    readonly CapDrop?: string[];
    readonly ReadonlyRootfs: boolean;
    readonly ExtraHosts?: string[];
    readonly Devices?: DeviceMapping[];
    readonly DeviceRequests?: DeviceRequest[];
    readonly Dns?: string[];
    readonly DnsSearch?: string[];
    readonly DnsOptions?: string[];
    readonly ShmSize?: number;
    readonly Ulimits?: Ulimit[];
    readonly Init?: boolean;
    readonly LogConfig?: { Type: string; Config: Record<string, string> };
    readonly SecurityOpt?: string[];
    readonly VolumesFrom?: string[];
    readonly PidMode?: string;
    readonly IpcMode?: string;
    readonly UTSMode?: string;
    readonly Sysctls?: Record<string, string>;
    readonly Tmpfs?: Record<string, string>;
    readonly CpusetCpus?: string;
    readonly PidsLimit?: number;
    readonly GroupAdd?: string[];
  };
  readonly NetworkingConfig?: { EndpointsConfig: Record<string, EndpointConfig> };
}

/** Settings the form does not model, carried from the original container as they are. */
export interface KeptConfig {
  readonly Config: Readonly<Record<string, unknown>>;
  readonly HostConfig: Readonly<Record<string, unknown>>;
}

const oks = <V>(results: readonly ({ ok: true; value: V } | { ok: false })[]): V[] =>
  results.flatMap((r) => (r.ok ? [r.value] : []));

const durationNs = (text: string): number | undefined => {
  if (text.trim() === '') return undefined;
  const parsed = parseGoDuration(text.trim());
  return parsed.ok ? Number(parsed.ns) : undefined;
};

/** The health check as the CLI sends it: nothing unless a --health-* flag or --no-healthcheck is given. */
export const healthConfig = (form: RunForm): HealthConfig | undefined => {
  if (form.healthMode === 'none') return { Test: ['NONE'] };
  const interval = durationNs(form.healthInterval);
  const timeout = durationNs(form.healthTimeout);
  const startPeriod = durationNs(form.healthStartPeriod);
  const retries = form.healthRetries.trim() === '' ? undefined : Number(form.healthRetries.trim());
  const cmd = form.healthMode === 'command' && form.healthCmd.trim() !== '' ? form.healthCmd : '';
  if (cmd === '' && !interval && !timeout && !startPeriod && !retries) return undefined;
  return {
    ...(cmd !== '' ? { Test: ['CMD-SHELL', cmd] } : {}),
    Interval: interval ?? 0,
    Timeout: timeout ?? 0,
    StartPeriod: startPeriod ?? 0,
    Retries: retries ?? 0,
  };
};

/** Aliases and static addresses of one network attachment; undefined when it has none. */
export const endpointConfig = (aliases: string, ipv4: string, ipv6: string): EndpointConfig | undefined => {
  const list = listWords(aliases);
  const ipam = {
    ...(ipv4.trim() ? { IPv4Address: ipv4.trim() } : {}),
    ...(ipv6.trim() ? { IPv6Address: ipv6.trim() } : {}),
  };
  if (list.length === 0 && Object.keys(ipam).length === 0) return undefined;
  return {
    ...(list.length > 0 ? { Aliases: list } : {}),
    ...(Object.keys(ipam).length > 0 ? { IPAMConfig: ipam } : {}),
  };
};

/** The main network's name as the engine's endpoint map keys it. */
export const primaryNetwork = (form: RunForm): string => form.network || 'bridge';

const words = (text: string): string[] => {
  const split = splitShellWords(text);
  return split.ok ? split.words : [];
};

/**
 * The command and entrypoint as `docker run` sets them: `--entrypoint` takes one word, so the
 * remaining words of a multi-word entrypoint lead the command. Creating either way gives the
 * same inspect, which is what makes the preview an exact equivalent.
 */
export const commandParts = (form: RunForm): { entrypoint?: string[]; cmd?: string[] } => {
  const entry = words(form.entrypoint);
  const cmd = [...entry.slice(1), ...words(form.command)];
  return {
    ...(entry.length > 0 ? { entrypoint: entry.slice(0, 1) } : {}),
    ...(cmd.length > 0 ? { cmd } : {}),
  };
};

/** A valid form as the engine's create body (validate first: invalid rows are skipped). */
export const formToCreateBody = (form: RunForm): CreateBody => {
  const { entrypoint, cmd } = commandParts(form);
  const exposed: Record<string, Record<string, never>> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const row of form.ports) {
    for (const binding of expandPortRow(row)) {
      exposed[binding.key] = {};
      (bindings[binding.key] ??= []).push({ HostIp: binding.hostIp, HostPort: binding.hostPort });
    }
  }
  const memory = form.memory.trim() === '' ? null : parseMemory(form.memory.trim());
  const nanoCpus = form.cpus.trim() === '' ? null : parseCpus(form.cpus);
  const capAdd = capabilityWords(form.capAdd);
  const capDrop = capabilityWords(form.capDrop);
  const extraHosts = extraHostEntries(form.extraHosts);
  const health = healthConfig(form);
  const devices = oks(lines(form.devices).map(parseDevice));
  const gpuParsed = form.gpus.trim() ? parseGpus(form.gpus.trim()) : null;
  const gpus = gpuParsed?.ok ? gpuParsed.value : null;
  const dns = listWords(form.dns);
  const dnsSearch = oks(listWords(form.dnsSearch).map(parseDnsSearch));
  const dnsOptions = listWords(form.dnsOptions);
  const shmSize = form.shmSize.trim() === '' ? null : parseMemory(form.shmSize.trim());
  const ulimits = oks(listWords(form.ulimits).map(parseUlimit));
  const securityOpt = lines(form.securityOpt);
  const volumesFrom = listWords(form.volumesFrom);
  const tmpfs = oks(lines(form.tmpfs).map(parseTmpfs));
  const groupAdd = listWords(form.groupAdd);
  const primaryEndpoint = endpointConfig(form.networkAliases, form.ipv4, form.ipv6);
  return {
    Image: form.image.trim(),
    ...(cmd ? { Cmd: cmd } : {}),
    ...(entrypoint ? { Entrypoint: entrypoint } : {}),
    ...(form.workingDir ? { WorkingDir: form.workingDir } : {}),
    ...(form.user ? { User: form.user } : {}),
    Env: form.env.map((row) => `${row.key}=${row.value}`),
    Labels: Object.fromEntries(form.labels.map((row) => [row.key, row.value])),
    ExposedPorts: exposed,
    Tty: form.tty,
    OpenStdin: form.interactive,
    // Detached, as `docker run -d`: nothing attaches, whatever -i says.
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    StdinOnce: false,
    ...(form.hostname ? { Hostname: form.hostname } : {}),
    ...(health ? { Healthcheck: health } : {}),
    ...(form.stopSignal.trim() ? { StopSignal: form.stopSignal.trim() } : {}),
    ...(form.stopTimeout.trim() ? { StopTimeout: Number(form.stopTimeout.trim()) } : {}),
    HostConfig: {
      PortBindings: bindings,
      PublishAllPorts: form.publishAll,
      Mounts: form.mounts.map((row) => ({
        Type: row.kind,
        ...(row.source ? { Source: row.source } : {}),
        Target: row.target,
        ReadOnly: row.readOnly,
      })),
      ...(form.network ? { NetworkMode: form.network } : {}),
      RestartPolicy: {
        Name: form.restart,
        MaximumRetryCount:
          form.restart === 'on-failure' && form.restartMaxRetries !== '' ? Number(form.restartMaxRetries) : 0,
      },
      ...(memory !== null ? { Memory: memory } : {}),
      ...(nanoCpus !== null ? { NanoCpus: nanoCpus } : {}),
      AutoRemove: form.autoRemove,
      Privileged: form.privileged,
      ...(capAdd.length > 0 ? { CapAdd: capAdd } : {}),
      ...(capDrop.length > 0 ? { CapDrop: capDrop } : {}),
      ReadonlyRootfs: form.readOnlyRootfs,
      ...(extraHosts.length > 0 ? { ExtraHosts: extraHosts } : {}),
      ...(devices.length > 0 ? { Devices: devices } : {}),
      ...(gpus ? { DeviceRequests: [gpus] } : {}),
      ...(dns.length > 0 ? { Dns: dns } : {}),
      ...(dnsSearch.length > 0 ? { DnsSearch: dnsSearch } : {}),
      ...(dnsOptions.length > 0 ? { DnsOptions: dnsOptions } : {}),
      ...(shmSize !== null ? { ShmSize: shmSize } : {}),
      ...(ulimits.length > 0 ? { Ulimits: ulimits } : {}),
      ...(form.init ? { Init: true } : {}),
      ...(form.logDriver.trim() || form.logOptions.length > 0
        ? {
            LogConfig: {
              Type: form.logDriver.trim(),
              Config: Object.fromEntries(form.logOptions.map((row) => [row.key, row.value])),
            },
          }
        : {}),
      ...(securityOpt.length > 0 ? { SecurityOpt: securityOpt } : {}),
      ...(volumesFrom.length > 0 ? { VolumesFrom: volumesFrom } : {}),
      ...(form.pidMode.trim() ? { PidMode: form.pidMode.trim() } : {}),
      ...(form.ipcMode.trim() ? { IpcMode: form.ipcMode.trim() } : {}),
      ...(form.utsMode.trim() ? { UTSMode: form.utsMode.trim() } : {}),
      ...(form.sysctls.length > 0
        ? { Sysctls: Object.fromEntries(form.sysctls.map((row) => [row.key, row.value])) }
        : {}),
      ...(tmpfs.length > 0 ? { Tmpfs: Object.fromEntries(tmpfs) } : {}),
      ...(form.cpuset.trim() ? { CpusetCpus: form.cpuset.trim() } : {}),
      ...(form.pidsLimit.trim() ? { PidsLimit: Number(form.pidsLimit.trim()) } : {}),
      ...(groupAdd.length > 0 ? { GroupAdd: groupAdd } : {}),
    },
    ...(primaryEndpoint
      ? { NetworkingConfig: { EndpointsConfig: { [primaryNetwork(form)]: primaryEndpoint } } }
      : {}),
  };
};

/**
 * The form's body over what the original container had and the form does not model: the form
 * wins field by field, so a setting the person cleared stays cleared (kept fields never include
 * a field the form models).
 */
export const withKept = (body: CreateBody, kept: KeptConfig | undefined): CreateBody =>
  kept
    ? {
        ...kept.Config,
        ...body,
        ...(kept.Config.ExposedPorts
          ? {
              ExposedPorts: {
                ...(kept.Config.ExposedPorts as CreateBody['ExposedPorts']),
                ...body.ExposedPorts,
              },
            }
          : {}),
        HostConfig: {
          ...kept.HostConfig,
          ...body.HostConfig,
          Mounts: [
            ...body.HostConfig.Mounts,
            ...((kept.HostConfig.Mounts as CreateBody['HostConfig']['Mounts'] | undefined) ?? []),
          ],
        },
      }
    : body;
