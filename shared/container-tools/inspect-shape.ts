/**
 * The parts of the engine's container and image inspect documents that "Copy as compose" reads.
 * Every field is optional: engines (Docker 20.10, Podman) leave different ones out.
 */

export interface HealthConfig {
  readonly Test?: readonly string[] | null;
  readonly Interval?: number;
  readonly Timeout?: number;
  readonly Retries?: number;
  readonly StartPeriod?: number;
}

export interface ImageConfig {
  readonly Env?: readonly string[] | null;
  readonly Cmd?: readonly string[] | null;
  readonly Entrypoint?: readonly string[] | null;
  readonly Labels?: Readonly<Record<string, string>> | null;
  readonly WorkingDir?: string;
  readonly User?: string;
  readonly ExposedPorts?: Readonly<Record<string, unknown>> | null;
  readonly Volumes?: Readonly<Record<string, unknown>> | null;
  readonly Healthcheck?: HealthConfig | null;
  readonly StopSignal?: string;
}

export interface ContainerConfig extends ImageConfig {
  readonly Image?: string;
  readonly Hostname?: string;
  readonly Domainname?: string;
  readonly Tty?: boolean;
  readonly OpenStdin?: boolean;
  readonly StopTimeout?: number | null;
  readonly MacAddress?: string;
}

export interface PortBinding {
  readonly HostIp?: string;
  readonly HostPort?: string;
}

export interface Ulimit {
  readonly Name: string;
  readonly Soft: number;
  readonly Hard: number;
}

export interface DeviceMapping {
  readonly PathOnHost: string;
  readonly PathInContainer: string;
  readonly CgroupPermissions?: string;
}

export interface HostConfig {
  readonly NetworkMode?: string;
  readonly PortBindings?: Readonly<Record<string, readonly PortBinding[] | null>> | null;
  readonly PublishAllPorts?: boolean;
  readonly RestartPolicy?: { readonly Name?: string; readonly MaximumRetryCount?: number };
  readonly AutoRemove?: boolean;
  readonly Privileged?: boolean;
  readonly ReadonlyRootfs?: boolean;
  readonly Init?: boolean | null;
  readonly CapAdd?: readonly string[] | null;
  readonly CapDrop?: readonly string[] | null;
  readonly Devices?: readonly DeviceMapping[] | null;
  readonly DeviceRequests?: readonly unknown[] | null;
  readonly Dns?: readonly string[] | null;
  readonly DnsSearch?: readonly string[] | null;
  readonly DnsOptions?: readonly string[] | null;
  readonly ExtraHosts?: readonly string[] | null;
  readonly SecurityOpt?: readonly string[] | null;
  readonly Sysctls?: Readonly<Record<string, string>> | null;
  readonly Ulimits?: readonly Ulimit[] | null;
  readonly LogConfig?: { readonly Type?: string; readonly Config?: Readonly<Record<string, string>> | null };
  readonly GroupAdd?: readonly string[] | null;
  readonly PidMode?: string;
  readonly IpcMode?: string;
  readonly UTSMode?: string;
  readonly UsernsMode?: string;
  readonly CgroupParent?: string;
  readonly Runtime?: string;
  readonly VolumesFrom?: readonly string[] | null;
  readonly Links?: readonly string[] | null;
  readonly Tmpfs?: Readonly<Record<string, string>> | null;
  readonly Memory?: number;
  readonly MemorySwap?: number;
  readonly MemoryReservation?: number;
  readonly NanoCpus?: number;
  readonly CpuShares?: number;
  readonly CpuQuota?: number;
  readonly CpuPeriod?: number;
  readonly CpusetCpus?: string;
  readonly PidsLimit?: number | null;
  readonly ShmSize?: number;
  readonly OomKillDisable?: boolean | null;
  readonly OomScoreAdj?: number;
  readonly BlkioWeight?: number;
}

export interface MountPoint {
  readonly Type?: string;
  readonly Name?: string;
  readonly Source?: string;
  readonly Destination: string;
  readonly Driver?: string;
  readonly RW?: boolean;
}

export interface EndpointSettings {
  readonly Aliases?: readonly string[] | null;
  readonly IPAMConfig?: { readonly IPv4Address?: string; readonly IPv6Address?: string } | null;
}

export interface InspectedContainer {
  readonly Id: string;
  readonly Name: string;
  readonly Config?: ContainerConfig;
  readonly HostConfig?: HostConfig;
  readonly Mounts?: readonly MountPoint[] | null;
  readonly NetworkSettings?: { readonly Networks?: Readonly<Record<string, EndpointSettings>> | null };
}

/** A container with its image's own configuration, which the container inherits unless it overrides it. */
export interface ComposeSource {
  readonly container: InspectedContainer;
  readonly image: ImageConfig | null;
}
