import type { KeptConfig } from './create-body.js';
import { imageDefaultsFromInspect } from './from-inspect.js';

type Json = Readonly<Record<string, unknown>>;

const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/** Config fields the run form edits (or rebuilds from what it edits). */
const MODELED_CONFIG = new Set([
  'Hostname',
  'User',
  'AttachStdin',
  'AttachStdout',
  'AttachStderr',
  'ExposedPorts',
  'Tty',
  'OpenStdin',
  'StdinOnce',
  'Env',
  'Cmd',
  'Healthcheck',
  'Image',
  'Volumes',
  'WorkingDir',
  'Entrypoint',
  'Labels',
  'StopSignal',
  'StopTimeout',
]);

/** Config fields the engine copies from the image or the platform, never a setting of their own. */
const DERIVED_CONFIG = new Set(['ArgsEscaped', 'OnBuild']);

/** HostConfig fields the run form edits. */
const MODELED_HOST = new Set([
  'Binds',
  'Mounts',
  'LogConfig',
  'NetworkMode',
  'PortBindings',
  'RestartPolicy',
  'AutoRemove',
  'VolumesFrom',
  'CapAdd',
  'CapDrop',
  'Dns',
  'DnsOptions',
  'DnsSearch',
  'ExtraHosts',
  'GroupAdd',
  'IpcMode',
  'PidMode',
  'Privileged',
  'PublishAllPorts',
  'ReadonlyRootfs',
  'SecurityOpt',
  'Tmpfs',
  'UTSMode',
  'ShmSize',
  'Sysctls',
  'Memory',
  'NanoCpus',
  'CpusetCpus',
  'Devices',
  'DeviceRequests',
  'PidsLimit',
  'Ulimits',
  'Init',
]);

/**
 * HostConfig fields that describe how the container was created or what the engine filled in:
 * the CLI's --cidfile and terminal size, and the default masked/read-only /proc paths (the
 * engine sets them unless privileged; an empty list is `systempaths=unconfined` and is kept).
 */
const isDerivedHost = (key: string, value: unknown, host: Json): boolean => {
  if (key === 'ContainerIDFile' || key === 'ConsoleSize') return true;
  if (key === 'MaskedPaths' || key === 'ReadonlyPaths') return !(Array.isArray(value) && value.length === 0);
  // Without --memory-swap the engine sets swap to twice the memory limit (or leaves it 0).
  if (key === 'MemorySwap') {
    const memory = typeof host.Memory === 'number' ? host.Memory : 0;
    return value === 0 || value === memory * 2;
  }
  return false;
};

/** Mounts the form has no row for (tmpfs, or volume and bind options): carried over whole. */
const unmodeledMounts = (mounts: unknown): unknown[] =>
  (Array.isArray(mounts) ? mounts : []).filter((m) => {
    const mount = obj(m);
    const simple =
      (mount.Type === 'volume' || mount.Type === 'bind') && !mount.VolumeOptions && !mount.BindOptions;
    return !simple;
  });

/**
 * What Edit and Clone carry over from a container besides the form: its create configuration
 * (as inspect reports it) minus every field the form models and minus what the engine derives.
 * `--expose`d ports that nothing publishes are kept too; exposure from the image or from a
 * published port comes back by itself.
 */
export const keptFromInspect = (container: Json, imageInspect: Json | null): KeptConfig => {
  const config = obj(container.Config);
  const host = obj(container.HostConfig);
  const image = imageDefaultsFromInspect(imageInspect);
  const imageShell = obj(obj(imageInspect).Config).Shell;
  const keptConfig: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (MODELED_CONFIG.has(key) || DERIVED_CONFIG.has(key)) continue;
    // A SHELL equal to the image's is the image's, not the container's.
    if (key === 'Shell' && JSON.stringify(value) === JSON.stringify(imageShell)) continue;
    keptConfig[key] = value;
  }
  const published = new Set(Object.keys(obj(host.PortBindings)));
  const exposeOnly = Object.keys(obj(config.ExposedPorts)).filter(
    (port) => !published.has(port) && !image.exposedPorts.includes(port),
  );
  if (exposeOnly.length > 0) keptConfig.ExposedPorts = Object.fromEntries(exposeOnly.map((p) => [p, {}]));
  const keptHost: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(host)) {
    if (MODELED_HOST.has(key) || isDerivedHost(key, value, host)) continue;
    keptHost[key] = value;
  }
  const mounts = unmodeledMounts(host.Mounts);
  if (mounts.length > 0) keptHost.Mounts = mounts;
  return { Config: keptConfig, HostConfig: keptHost };
};

const isEmpty = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === 0 ||
  value === false ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && Object.keys(value).length === 0);

/** Values the engine fills in by itself, not worth listing as kept. */
const ENGINE_FILLED: Readonly<Record<string, readonly unknown[]>> = {
  'HostConfig.Runtime': ['runc'],
  'HostConfig.CgroupnsMode': ['host', 'private'],
  'HostConfig.Isolation': ['default'],
};

/** The kept settings a person would recognise as set: not empty, not the engine's defaults. */
export const keptSettings = (kept: KeptConfig): { path: string; value: string }[] =>
  (['Config', 'HostConfig'] as const).flatMap((section) =>
    Object.entries(kept[section])
      .filter(
        ([key, value]) => !isEmpty(value) && !(ENGINE_FILLED[`${section}.${key}`] ?? []).includes(value),
      )
      .map(([key, value]) => ({ path: `${section}.${key}`, value: JSON.stringify(value) }))
      .sort((a, b) => a.path.localeCompare(b.path)),
  );
