import {
  emptyForm,
  RESTART_POLICIES,
  type KeyValueRow,
  type MountRow,
  type PortRow,
  type RunForm,
} from './run-form.js';
import {
  formatDevice,
  formatGpus,
  formatUlimit,
  type DeviceMapping,
  type DeviceRequest,
} from './advanced-specs.js';
import { formatGoDuration } from './go-duration.js';
import { shellJoin } from './shell-words.js';
import { formatCpus, formatMemory } from './units.js';

type Json = Readonly<Record<string, unknown>>;

const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

const ANONYMOUS_VOLUME = /^[0-9a-f]{64}$/;

/** What the image brings by itself: settings equal to these are not repeated in the form. */
export interface ImageDefaults {
  readonly env: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly cmd: readonly string[];
  readonly entrypoint: readonly string[];
  readonly workingDir: string;
  readonly user: string;
  readonly volumes: readonly string[];
  readonly exposedPorts: readonly string[];
  readonly healthcheck: Json | null;
  readonly stopSignal: string;
}

/** What the engine fills in when the create body leaves a setting out. */
export interface EngineDefaults {
  /** The daemon's log driver (`docker info`). */
  readonly logDriver: string;
}

/** 20.10's built-in defaults; the log driver is the daemon's setting and worth asking for. */
export const ENGINE_DEFAULTS: EngineDefaults = { logDriver: 'json-file' };
export const DEFAULT_SHM_SIZE = 64 * 1024 * 1024;
/** 20.10's default IPC mode; `shareable` is a choice since then. */
export const DEFAULT_IPC_MODES: readonly string[] = ['private'];

export const imageDefaultsFromInspect = (image: Json | null): ImageDefaults => {
  const config = obj(obj(image).Config);
  return {
    env: strings(config.Env),
    labels: Object.fromEntries(Object.entries(obj(config.Labels)).map(([k, v]) => [k, str(v)])),
    cmd: strings(config.Cmd),
    entrypoint: strings(config.Entrypoint),
    workingDir: str(config.WorkingDir),
    user: str(config.User),
    volumes: Object.keys(obj(config.Volumes)),
    exposedPorts: Object.keys(obj(config.ExposedPorts)),
    healthcheck: config.Healthcheck ? obj(config.Healthcheck) : null,
    stopSignal: str(config.StopSignal),
  };
};

const NO_IMAGE: ImageDefaults = imageDefaultsFromInspect(null);

const splitEnv = (entry: string): KeyValueRow => {
  const eq = entry.indexOf('=');
  return eq < 0 ? { key: entry, value: '' } : { key: entry.slice(0, eq), value: entry.slice(eq + 1) };
};

const portRows = (bindings: Json): PortRow[] => {
  const rows: PortRow[] = [];
  for (const [key, list] of Object.entries(bindings)) {
    const [port = '', proto = 'tcp'] = key.split('/');
    const protocol = proto === 'udp' ? 'udp' : 'tcp';
    const entries = Array.isArray(list) ? list : [];
    for (const entry of entries) {
      const binding = obj(entry);
      rows.push({
        hostIp: str(binding.HostIp),
        hostPort: str(binding.HostPort),
        containerPort: port,
        protocol,
      });
    }
  }
  return rows.sort(
    (a, b) => Number(a.containerPort) - Number(b.containerPort) || a.protocol.localeCompare(b.protocol),
  );
};

/** Where the container's own mounts go: asked for by -v, --mount or the image's VOLUME. */
export const ownMountTargets = (container: Json): Set<string> => {
  const host = obj(container.HostConfig);
  const targets = new Set(Object.keys(obj(obj(container.Config).Volumes)));
  for (const bind of strings(host.Binds)) {
    const parts = bind.split(':');
    targets.add(parts.length >= 2 ? (parts[1] ?? '') : (parts[0] ?? ''));
  }
  for (const m of Array.isArray(host.Mounts) ? host.Mounts : []) targets.add(str(obj(m).Target));
  return targets;
};

const mountRows = (container: Json, image: ImageDefaults): MountRow[] => {
  const rows: MountRow[] = [];
  const inherits = strings(obj(container.HostConfig).VolumesFrom).length > 0;
  const own = ownMountTargets(container);
  for (const entry of Array.isArray(container.Mounts) ? container.Mounts : []) {
    const mount = obj(entry);
    const type = str(mount.Type);
    const target = str(mount.Destination);
    // Mounts taken from --volumes-from containers come back through that setting.
    if (inherits && !own.has(target)) continue;
    const readOnly = mount.RW === false;
    if (type === 'bind') rows.push({ kind: 'bind', source: str(mount.Source), target, readOnly });
    else if (type === 'volume') {
      const name = str(mount.Name);
      const anonymous = ANONYMOUS_VOLUME.test(name);
      // The image's own VOLUME comes back by itself; an anonymous one the user asked for stays.
      if (anonymous && image.volumes.includes(target)) continue;
      rows.push({ kind: 'volume', source: anonymous ? '' : name, target, readOnly });
    }
  }
  return rows.sort((a, b) => a.target.localeCompare(b.target));
};

/**
 * A container's inspect document as a form: what Edit and Clone start from and what "Copy as
 * docker run" prints. Settings that only repeat the image's defaults are left out, so the
 * command reads like one a person would write, and running it gives the same container.
 */
const healthFields = (
  config: Json,
  image: ImageDefaults,
): Pick<
  RunForm,
  'healthMode' | 'healthCmd' | 'healthInterval' | 'healthTimeout' | 'healthStartPeriod' | 'healthRetries'
> => {
  const health = config.Healthcheck ? obj(config.Healthcheck) : null;
  const imageHealth = image.healthcheck ?? {};
  const test = strings(health?.Test);
  const imageTest = strings(imageHealth.Test);
  const timing = (key: string): string => {
    const value = num(health?.[key]);
    return value > 0 && value !== num(imageHealth[key]) ? formatGoDuration(value) : '';
  };
  const retries = num(health?.Retries);
  const base = {
    healthCmd: '',
    healthInterval: timing('Interval'),
    healthTimeout: timing('Timeout'),
    healthStartPeriod: timing('StartPeriod'),
    healthRetries: retries > 0 && retries !== num(imageHealth.Retries) ? String(retries) : '',
  };
  if (test[0] === 'NONE' && imageTest[0] !== 'NONE') {
    return {
      healthMode: 'none',
      healthCmd: '',
      healthInterval: '',
      healthTimeout: '',
      healthStartPeriod: '',
      healthRetries: '',
    };
  }
  if (test.length === 0 || sameList(test, imageTest)) return { healthMode: 'image', ...base };
  // CMD (exec form) has no CLI spelling; as a shell command it runs the same words.
  const cmd = test[0] === 'CMD-SHELL' ? (test[1] ?? '') : shellJoin(test.slice(1));
  return { healthMode: 'command', ...base, healthCmd: cmd };
};

const networkFields = (
  container: Json,
  primary: string,
): Pick<RunForm, 'networkAliases' | 'ipv4' | 'ipv6' | 'networks'> => {
  const id = str(container.Id);
  const networks = obj(obj(container.NetworkSettings).Networks);
  const endpoint = (name: string) => {
    const ep = obj(networks[name]);
    const ipam = obj(ep.IPAMConfig);
    // The engine adds the short id as an alias on user-defined networks.
    const aliases = strings(ep.Aliases).filter((a) => a !== id.slice(0, 12));
    return { aliases: aliases.join(', '), ipv4: str(ipam.IPv4Address), ipv6: str(ipam.IPv6Address) };
  };
  const main = endpoint(primary);
  return {
    networkAliases: main.aliases,
    ipv4: main.ipv4,
    ipv6: main.ipv6,
    networks: Object.keys(networks)
      .filter((name) => name !== primary)
      .sort()
      .map((name) => ({ name, ...endpoint(name) })),
  };
};

const words = (list: readonly string[]): string => list.join(', ');

/** The settings of the run dialog's advanced sections, from inspect. */
const advancedFields = (container: Json, image: ImageDefaults, defaults: EngineDefaults) => {
  const config = obj(container.Config);
  const host = obj(container.HostConfig);
  const log = obj(host.LogConfig);
  const logType = str(log.Type);
  const logOptions = Object.entries(obj(log.Config))
    .map(([key, value]) => ({ key, value: str(value) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const requests = Array.isArray(host.DeviceRequests) ? (host.DeviceRequests as DeviceRequest[]) : [];
  const shm = num(host.ShmSize);
  const ipc = str(host.IpcMode);
  const stopSignal = str(config.StopSignal);
  const pids = num(host.PidsLimit);
  return {
    devices: (Array.isArray(host.Devices) ? (host.Devices as DeviceMapping[]) : [])
      .map(formatDevice)
      .join('\n'),
    gpus: requests.length === 1 && requests[0] ? (formatGpus(requests[0]) ?? '') : '',
    dns: words(strings(host.Dns)),
    dnsSearch: words(strings(host.DnsSearch)),
    dnsOptions: words(strings(host.DnsOptions)),
    shmSize: shm > 0 && shm !== DEFAULT_SHM_SIZE ? formatMemory(shm) : '',
    ulimits: (Array.isArray(host.Ulimits) ? host.Ulimits : [])
      .map((u) => {
        const o = obj(u);
        return formatUlimit({ Name: str(o.Name), Soft: num(o.Soft), Hard: num(o.Hard) });
      })
      .join('\n'),
    init: host.Init === true,
    logDriver: logType === defaults.logDriver && logOptions.length === 0 ? '' : logType,
    logOptions,
    securityOpt: strings(host.SecurityOpt).join('\n'),
    ...healthFields(config, image),
    volumesFrom: words(strings(host.VolumesFrom)),
    pidMode: str(host.PidMode),
    ipcMode: DEFAULT_IPC_MODES.includes(ipc) ? '' : ipc,
    utsMode: str(host.UTSMode),
    sysctls: Object.entries(obj(host.Sysctls))
      .map(([key, value]) => ({ key, value: str(value) }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    tmpfs: Object.entries(obj(host.Tmpfs))
      .map(([path, opts]) => (str(opts) ? `${path}:${str(opts)}` : path))
      .sort()
      .join('\n'),
    stopSignal: stopSignal === image.stopSignal ? '' : stopSignal,
    stopTimeout: typeof config.StopTimeout === 'number' ? String(config.StopTimeout) : '',
    cpuset: str(host.CpusetCpus),
    pidsLimit: host.PidsLimit === null || host.PidsLimit === undefined || pids === 0 ? '' : String(pids),
    groupAdd: words(strings(host.GroupAdd)),
  };
};

export const formFromInspect = (
  container: Json,
  imageInspect: Json | null = null,
  defaults: EngineDefaults = ENGINE_DEFAULTS,
): RunForm => {
  const image = imageInspect ? imageDefaultsFromInspect(imageInspect) : NO_IMAGE;
  const config = obj(container.Config);
  const host = obj(container.HostConfig);
  const id = str(container.Id);
  const cmd = strings(config.Cmd);
  const entrypoint = strings(config.Entrypoint);
  const entrypointChanged = !sameList(entrypoint, image.entrypoint);
  const cmdChanged = entrypointChanged || !sameList(cmd, image.cmd);
  const env = strings(config.Env).filter((entry) => !image.env.includes(entry));
  const labels = Object.entries(obj(config.Labels))
    .map(([key, value]) => ({ key, value: str(value) }))
    .filter((row) => image.labels[row.key] !== row.value)
    .sort((a, b) => a.key.localeCompare(b.key));
  const restartName = str(obj(host.RestartPolicy).Name);
  const restart = (RESTART_POLICIES as readonly string[]).includes(restartName)
    ? (restartName as RunForm['restart'])
    : 'no';
  const retries = num(obj(host.RestartPolicy).MaximumRetryCount);
  const networkMode = str(host.NetworkMode);
  const hostname = str(config.Hostname);
  const memory = num(host.Memory);
  const nanoCpus = num(host.NanoCpus);
  const workingDir = str(config.WorkingDir);
  const user = str(config.User);
  return {
    ...emptyForm(str(config.Image)),
    name: str(container.Name).replace(/^\//, ''),
    // An entrypoint of one word and the command are what `docker run` can express exactly.
    entrypoint: entrypointChanged ? shellJoin(entrypoint) : '',
    command: cmdChanged ? shellJoin(cmd) : '',
    workingDir: workingDir === image.workingDir ? '' : workingDir,
    user: user === image.user ? '' : user,
    ports: portRows(obj(host.PortBindings)),
    publishAll: host.PublishAllPorts === true,
    env: env.map(splitEnv),
    mounts: mountRows(container, image),
    network: networkMode === 'default' || networkMode === 'bridge' ? '' : networkMode,
    restart,
    restartMaxRetries: restart === 'on-failure' && retries > 0 ? String(retries) : '',
    labels,
    memory: memory > 0 ? formatMemory(memory) : '',
    cpus: nanoCpus > 0 ? formatCpus(nanoCpus) : '',
    tty: config.Tty === true,
    interactive: config.OpenStdin === true,
    autoRemove: host.AutoRemove === true,
    privileged: host.Privileged === true,
    capAdd: strings(host.CapAdd).join(', '),
    capDrop: strings(host.CapDrop).join(', '),
    readOnlyRootfs: host.ReadonlyRootfs === true,
    // The engine's default hostname is the id's first 12 characters: not a setting.
    hostname:
      hostname !== '' && hostname !== id.slice(0, 12) && networkMode !== 'host' && host.UTSMode !== 'host'
        ? hostname
        : '',
    extraHosts: strings(host.ExtraHosts).join('\n'),
    start: true,
    ...advancedFields(container, image, defaults),
    ...networkFields(container, ['default', ''].includes(networkMode) ? 'bridge' : networkMode),
  };
};
