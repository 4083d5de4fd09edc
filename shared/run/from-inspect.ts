import {
  emptyForm,
  RESTART_POLICIES,
  type KeyValueRow,
  type MountRow,
  type PortRow,
  type RunForm,
} from './run-form.js';
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
}

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

const mountRows = (mounts: unknown, image: ImageDefaults): MountRow[] => {
  const rows: MountRow[] = [];
  for (const entry of Array.isArray(mounts) ? mounts : []) {
    const mount = obj(entry);
    const type = str(mount.Type);
    const target = str(mount.Destination);
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
export const formFromInspect = (container: Json, imageInspect: Json | null = null): RunForm => {
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
    mounts: mountRows(container.Mounts, image),
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
    hostname: hostname !== '' && hostname !== id.slice(0, 12) && networkMode !== 'host' ? hostname : '',
    extraHosts: strings(host.ExtraHosts).join('\n'),
    start: true,
  };
};
