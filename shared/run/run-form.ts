/**
 * The run dialog's state: what a person types, kept as text so a half-typed field is still
 * representable. Validation turns it into field messages; the builders turn a valid form into
 * an engine create body or a `docker run` command line.
 */
export const PROTOCOLS = ['tcp', 'udp'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const RESTART_POLICIES = ['no', 'always', 'unless-stopped', 'on-failure'] as const;
export type RestartPolicy = (typeof RESTART_POLICIES)[number];

export const MOUNT_KINDS = ['volume', 'bind'] as const;
export type MountKind = (typeof MOUNT_KINDS)[number];

export interface PortRow {
  /** Empty: every interface (as `-p 8080:80`). */
  readonly hostIp: string;
  /** A port or a range (`8000-8010`); empty: the engine picks a free port. */
  readonly hostPort: string;
  /** A port or a range of the same length as the host range. */
  readonly containerPort: string;
  readonly protocol: Protocol;
}

export interface KeyValueRow {
  readonly key: string;
  readonly value: string;
}

export interface MountRow {
  readonly kind: MountKind;
  /** Volume name (empty: an anonymous volume) or an absolute host path. */
  readonly source: string;
  /** Absolute path inside the container. */
  readonly target: string;
  readonly readOnly: boolean;
}

export const HEALTH_MODES = ['image', 'none', 'command'] as const;
/** `image`: what the image says (timings may still be set); `none`: --no-healthcheck. */
export type HealthMode = (typeof HEALTH_MODES)[number];

/** A network joined besides the main one (`docker network connect` after create). */
export interface NetworkRow {
  readonly name: string;
  /** Aliases separated by commas or blanks. */
  readonly aliases: string;
  readonly ipv4: string;
  readonly ipv6: string;
}

export interface RunForm {
  readonly name: string;
  readonly image: string;
  /** Shell-like words (quotes group words); empty: the image's command. */
  readonly command: string;
  /** Shell-like words; empty: the image's entrypoint. */
  readonly entrypoint: string;
  readonly workingDir: string;
  readonly user: string;
  readonly ports: readonly PortRow[];
  readonly publishAll: boolean;
  readonly env: readonly KeyValueRow[];
  readonly mounts: readonly MountRow[];
  /** Empty: the default bridge; otherwise a network name, `host` or `none`. */
  readonly network: string;
  readonly restart: RestartPolicy;
  /** Only for on-failure; empty: retry forever. */
  readonly restartMaxRetries: string;
  readonly labels: readonly KeyValueRow[];
  /** Docker's units: `512m`, `1g`, `1.5GiB`; empty: no limit. */
  readonly memory: string;
  /** Decimal CPUs (`0.5`); empty: no limit. */
  readonly cpus: string;
  readonly tty: boolean;
  readonly interactive: boolean;
  readonly autoRemove: boolean;
  readonly privileged: boolean;
  /** Capability names separated by commas or spaces. */
  readonly capAdd: string;
  readonly capDrop: string;
  readonly readOnlyRootfs: boolean;
  readonly hostname: string;
  /** One `host:ip` per line. */
  readonly extraHosts: string;
  /** Start after create (`docker run -d`) or only create (`docker create`). */
  readonly start: boolean;
  /** `--device` values, one per line (`/dev/x[:/dev/y][:rwm]`). */
  readonly devices: string;
  /** The `--gpus` value (`all`, `2`, `device=0,1`); empty: none. */
  readonly gpus: string;
  /** DNS servers, search domains and options: words separated by commas, blanks or lines. */
  readonly dns: string;
  readonly dnsSearch: string;
  readonly dnsOptions: string;
  /** Docker's units; empty: the engine's default (64 MiB). */
  readonly shmSize: string;
  /** `name=soft[:hard]`, one per line. */
  readonly ulimits: string;
  readonly init: boolean;
  /** Empty: the engine's default driver. */
  readonly logDriver: string;
  readonly logOptions: readonly KeyValueRow[];
  /** `--security-opt` values, one per line. */
  readonly securityOpt: string;
  readonly healthMode: HealthMode;
  /** A shell command (CMD-SHELL), for the `command` mode. */
  readonly healthCmd: string;
  /** Go durations (`30s`, `1m30s`); empty: the image's or the engine's default. */
  readonly healthInterval: string;
  readonly healthTimeout: string;
  readonly healthStartPeriod: string;
  readonly healthRetries: string;
  /** `--network-alias`, `--ip`, `--ip6` on the main network. */
  readonly networkAliases: string;
  readonly ipv4: string;
  readonly ipv6: string;
  readonly networks: readonly NetworkRow[];
  /** `container[:ro|rw]`, separated by commas, blanks or lines. */
  readonly volumesFrom: string;
  readonly pidMode: string;
  readonly ipcMode: string;
  readonly utsMode: string;
  readonly sysctls: readonly KeyValueRow[];
  /** `/path[:options]`, one per line. */
  readonly tmpfs: string;
  readonly stopSignal: string;
  /** Seconds; empty: the engine's default (10). */
  readonly stopTimeout: string;
  /** `os[/arch[/variant]]`; only for creating, inspect does not report it. */
  readonly platform: string;
  /** `--cpuset-cpus` (`0-2,4`). */
  readonly cpuset: string;
  /** `--pids-limit`; -1: unlimited. */
  readonly pidsLimit: string;
  /** Group names or ids, separated by commas or blanks. */
  readonly groupAdd: string;
}

export const emptyForm = (image = ''): RunForm => ({
  name: '',
  image,
  command: '',
  entrypoint: '',
  workingDir: '',
  user: '',
  ports: [],
  publishAll: false,
  env: [],
  mounts: [],
  network: '',
  restart: 'no',
  restartMaxRetries: '',
  labels: [],
  memory: '',
  cpus: '',
  tty: false,
  interactive: false,
  autoRemove: false,
  privileged: false,
  capAdd: '',
  capDrop: '',
  readOnlyRootfs: false,
  hostname: '',
  extraHosts: '',
  start: true,
  devices: '',
  gpus: '',
  dns: '',
  dnsSearch: '',
  dnsOptions: '',
  shmSize: '',
  ulimits: '',
  init: false,
  logDriver: '',
  logOptions: [],
  securityOpt: '',
  healthMode: 'image',
  healthCmd: '',
  healthInterval: '',
  healthTimeout: '',
  healthStartPeriod: '',
  healthRetries: '',
  networkAliases: '',
  ipv4: '',
  ipv6: '',
  networks: [],
  volumesFrom: '',
  pidMode: '',
  ipcMode: '',
  utsMode: '',
  sysctls: [],
  tmpfs: '',
  stopSignal: '',
  stopTimeout: '',
  platform: '',
  cpuset: '',
  pidsLimit: '',
  groupAdd: '',
});

export const emptyNetworkRow = (): NetworkRow => ({ name: '', aliases: '', ipv4: '', ipv6: '' });

export const emptyPortRow = (): PortRow => ({ hostIp: '', hostPort: '', containerPort: '', protocol: 'tcp' });
export const emptyMountRow = (): MountRow => ({ kind: 'volume', source: '', target: '', readOnly: false });

/** Field path (`name`, `ports.0.hostPort`, `env.2.key`) → message. Empty: the form is valid. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Words of a capability list: `NET_ADMIN, SYS_TIME` → ['NET_ADMIN', 'SYS_TIME']. */
export const capabilityWords = (text: string): string[] => text.split(/[\s,]+/).filter((w) => w !== '');

/** Words separated by commas, blanks or lines (DNS servers, aliases, groups). */
export const listWords = capabilityWords;

/** Non-empty lines, trimmed. */
export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
