/**
 * Whether two containers have the same settings, as their inspect documents say: everything in
 * Config, HostConfig, the mounts and the network attachments is compared, except what the
 * engine derives (id, created time, state, paths, the id-based hostname and alias, the CLI's
 * attach flags and terminal size) and how a mount was spelled (-v or --mount: the mounts
 * themselves are compared). Empty lists, empty maps and null are the same setting.
 */
type Json = Readonly<Record<string, unknown>>;

export interface CompareOptions {
  /** Clones and re-runs get new anonymous volumes: compare those by place only. */
  readonly anonymousNames?: 'compare' | 'ignore';
  /** A re-run under another name is still the same container. */
  readonly names?: 'compare' | 'ignore';
}

const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

const ANONYMOUS_VOLUME = /^[0-9a-f]{64}$/;

/** Fields that say how a container was created or run, never what it is. */
const DERIVED_CONFIG = ['AttachStdin', 'AttachStdout', 'AttachStderr', 'StdinOnce', 'Volumes'];
const DERIVED_HOST = ['Binds', 'Mounts', 'ContainerIDFile', 'ConsoleSize'];

const normalizeEmpty = (value: unknown): unknown => {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalizeEmpty);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Json);
    return entries.length === 0
      ? null
      : Object.fromEntries(
          entries
            .map(([k, v]) => [k, normalizeEmpty(v)])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        );
  }
  return value;
};

const without = (source: Json, keys: readonly string[]): Json =>
  Object.fromEntries(Object.entries(source).filter(([key]) => !keys.includes(key)));

/** The settings of one inspect document, in the comparable form described above. */
export const comparableSettings = (doc: Json, options: CompareOptions = {}): Json => {
  const id = typeof doc.Id === 'string' ? doc.Id : '';
  const config = obj(doc.Config);
  const host = obj(doc.HostConfig);
  const shortId = id.slice(0, 12);
  const mounts = (Array.isArray(doc.Mounts) ? doc.Mounts : [])
    .map((entry) => {
      const m = obj(entry);
      const name = typeof m.Name === 'string' ? m.Name : '';
      return {
        Type: m.Type,
        Name:
          m.Type !== 'volume'
            ? null
            : options.anonymousNames === 'ignore' && ANONYMOUS_VOLUME.test(name)
              ? '(anonymous)'
              : name,
        Source: m.Type === 'bind' ? m.Source : null,
        Destination: m.Destination,
        RW: m.RW,
        Propagation: m.Propagation ?? '',
      };
    })
    .sort((a, b) => String(a.Destination).localeCompare(String(b.Destination)));
  const networks = Object.fromEntries(
    Object.entries(obj(obj(doc.NetworkSettings).Networks)).map(([name, value]) => {
      const ep = obj(value);
      const aliases = (Array.isArray(ep.Aliases) ? (ep.Aliases as unknown[]) : [])
        .filter((a) => a !== shortId)
        .map(String)
        .sort();
      return [
        name,
        {
          Aliases: aliases,
          IPAMConfig: ep.IPAMConfig ?? null,
          Links: ep.Links ?? null,
          DriverOpts: ep.DriverOpts ?? null,
        },
      ];
    }),
  );
  const env = Array.isArray(config.Env) ? [...(config.Env as unknown[]).map(String)].sort() : null;
  return normalizeEmpty({
    ...(options.names === 'ignore' ? {} : { Name: doc.Name }),
    Config: {
      ...without(config, DERIVED_CONFIG),
      Env: env,
      // The engine's default hostname is the container's own short id.
      Hostname: config.Hostname === shortId ? '(id)' : config.Hostname,
    },
    HostConfig: without(host, DERIVED_HOST),
    Mounts: mounts,
    Networks: networks,
  }) as Json;
};

const show = (value: unknown): string => (value === undefined ? '(none)' : JSON.stringify(value));

const diffValues = (path: string, a: unknown, b: unknown, out: string[]): void => {
  const objects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null;
  if (objects && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys)
      diffValues(path ? `${path}.${key}` : key, (a as Json)[key], (b as Json)[key], out);
    return;
  }
  const normal = (v: unknown): unknown => (v === undefined ? null : v);
  if (JSON.stringify(normal(a)) !== JSON.stringify(normal(b))) out.push(`${path}: ${show(a)} ≠ ${show(b)}`);
};

/** What differs between two containers' settings, one line per setting; empty: the same. */
export const inspectDifferences = (a: Json, b: Json, options: CompareOptions = {}): string[] => {
  const out: string[] = [];
  diffValues('', comparableSettings(a, options), comparableSettings(b, options), out);
  return out;
};
