import { csvFields } from './mount-spec.js';

/**
 * The docker CLI's readers for the run dialog's advanced options, each returning the value the
 * CLI would send to the engine or the CLI's reason for refusing it.
 */
export type Parsed<V> =
  { readonly ok: true; readonly value: V } | { readonly ok: false; readonly message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** go-units ParseUlimit: the names Linux knows, `soft[:hard]`, hard ≥ soft unless unlimited. */
export const ULIMIT_NAMES = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
] as const;

export interface Ulimit {
  readonly Name: string;
  readonly Soft: number;
  readonly Hard: number;
}

const INT = /^[+-]?\d+$/;
const ulimitValue = (text: string): number | null => {
  if (text === 'infinity') return -1;
  if (!INT.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
};

export const parseUlimit = (text: string): Parsed<Ulimit> => {
  const eq = text.indexOf('=');
  if (eq < 0) return fail(`"${text}": a ulimit is name=soft[:hard] (e.g. nofile=1024:2048).`);
  const name = text.slice(0, eq);
  if (!(ULIMIT_NAMES as readonly string[]).includes(name)) {
    return fail(`"${name}" is not a ulimit name (${ULIMIT_NAMES.join(', ')}).`);
  }
  const parts = text.slice(eq + 1).split(':');
  if (parts.length > 2) return fail(`"${text}": at most a soft and a hard limit.`);
  const soft = ulimitValue(parts[0] ?? '');
  const hard = parts.length === 2 ? ulimitValue(parts[1] ?? '') : soft;
  if (soft === null || hard === null) return fail(`"${text}": the limits are whole numbers (-1: unlimited).`);
  if (soft > hard && hard !== -1) return fail(`"${text}": the soft limit is above the hard limit.`);
  if (soft === -1 && hard !== -1)
    return fail(`"${text}": an unlimited soft limit needs an unlimited hard one.`);
  return { ok: true, value: { Name: name, Soft: soft, Hard: hard } };
};

export const formatUlimit = (u: Ulimit): string =>
  u.Soft === u.Hard ? `${u.Name}=${u.Soft}` : `${u.Name}=${u.Soft}:${u.Hard}`;

export interface DeviceMapping {
  readonly PathOnHost: string;
  readonly PathInContainer: string;
  readonly CgroupPermissions: string;
}

const validDeviceMode = (mode: string): boolean =>
  mode !== '' && mode.split('').every((c, i) => 'rwm'.includes(c) && mode.indexOf(c) === i);

/** The CLI's validateDevice (validateLinuxPath) then parseLinuxDevice. */
export const parseDevice = (text: string): Parsed<DeviceMapping> => {
  if ((text.match(/:/g) ?? []).length > 2) return fail(`bad format for path: ${text}`);
  const split = text.split(':');
  if (split[0] === '') return fail(`bad format for path: ${text}`);
  // validateLinuxPath: the container path (the first part alone, else the second) must be absolute.
  let containerPath = split[0] ?? '';
  let problem: string | null = null;
  if (split.length === 2 && !validDeviceMode(split[1] ?? '')) containerPath = split[1] ?? '';
  if (split.length === 3) {
    containerPath = split[1] ?? '';
    if (!validDeviceMode(split[2] ?? '')) problem = `bad mode specified: ${split[2] ?? ''}`;
  }
  problem ??= containerPath.startsWith('/') ? null : `${containerPath} is not an absolute path`;
  if (problem) return fail(problem);
  let dst = '';
  let permissions = 'rwm';
  if (split.length === 3) permissions = split[2] ?? '';
  if (split.length >= 2) {
    if (validDeviceMode(split[1] ?? '')) permissions = split[1] ?? '';
    else dst = split[1] ?? '';
  }
  const src = split[0] ?? '';
  return {
    ok: true,
    value: { PathOnHost: src, PathInContainer: dst || src, CgroupPermissions: permissions },
  };
};

export const formatDevice = (d: DeviceMapping): string =>
  d.PathInContainer === d.PathOnHost
    ? d.CgroupPermissions === 'rwm'
      ? d.PathOnHost
      : `${d.PathOnHost}:${d.CgroupPermissions}`
    : d.CgroupPermissions === 'rwm'
      ? `${d.PathOnHost}:${d.PathInContainer}`
      : `${d.PathOnHost}:${d.PathInContainer}:${d.CgroupPermissions}`;

export interface DeviceRequest {
  readonly Driver: string;
  readonly Count: number;
  readonly DeviceIDs: string[] | null;
  readonly Capabilities: string[][];
  readonly Options: Record<string, string>;
}

const parseCount = (text: string): number | null => {
  if (text === 'all') return -1;
  return /^[+-]?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : null;
};

/** The CLI's GpuOpts.Set: a CSV record of `all`/count, driver, count, device, capabilities, options. */
export const parseGpus = (text: string): Parsed<DeviceRequest> => {
  const fields = csvFields(text);
  if (fields === null) return fail(`"${text}" is not a valid --gpus value (quotes do not match).`);
  let driver = '';
  let count = 0;
  let deviceIds: string[] | null = null;
  let capabilities: string[][] | null = null;
  let options: Record<string, string> = {};
  const seen = new Set<string>();
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = eq < 0 ? field : field.slice(0, eq);
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (seen.has(key)) return fail(`gpu request key '${key}' can be specified only once`);
    seen.add(key);
    if (eq < 0 || key === 'count') {
      seen.add('count');
      const parsed = parseCount(eq < 0 ? key : val);
      if (parsed === null)
        return fail(`invalid count (${eq < 0 ? key : val}): value must be either "all" or an integer`);
      count = parsed;
      continue;
    }
    if (key === 'driver') driver = val;
    else if (key === 'device') deviceIds = val.split(',');
    else if (key === 'capabilities') capabilities = [[...val.split(','), 'gpu']];
    else if (key === 'options') {
      const opts = csvFields(val);
      if (opts === null) return fail('failed to read gpu options');
      options = Object.fromEntries(
        opts.map((o) =>
          o.includes('=') ? [o.slice(0, o.indexOf('=')), o.slice(o.indexOf('=') + 1)] : [o, ''],
        ),
      );
    } else return fail(`unexpected key '${key}' in '${field}'`);
  }
  if (!seen.has('count') && deviceIds === null) count = 1;
  return {
    ok: true,
    value: {
      Driver: driver,
      Count: count,
      DeviceIDs: deviceIds,
      Capabilities: capabilities ?? [['gpu']],
      Options: options,
    },
  };
};

/** A device request as a `--gpus` value that reads back into the same request. */
export const formatGpus = (r: DeviceRequest): string | null => {
  const caps = r.Capabilities.length === 1 ? (r.Capabilities[0] ?? []) : null;
  if (caps === null || caps[caps.length - 1] !== 'gpu') return null;
  const fields: string[] = [];
  if (r.DeviceIDs !== null) fields.push(`device=${r.DeviceIDs.join(',')}`);
  else fields.push(r.Count === -1 ? 'all' : String(r.Count));
  if (r.DeviceIDs !== null && r.Count !== 0) fields.push(`count=${r.Count === -1 ? 'all' : r.Count}`);
  if (r.Driver) fields.push(`driver=${r.Driver}`);
  if (caps.length > 1) fields.push(`capabilities=${caps.slice(0, -1).join(',')}`);
  const opts = Object.entries(r.Options).map(([k, v]) => `${k}=${v}`);
  if (opts.length > 0) fields.push(`options=${opts.join(',')}`);
  return fields.map((f) => (/[,"]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(',');
};

const ALPHA = /[a-zA-Z]/;
const DOMAIN =
  /^((?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*)\.?\s*$/;

/** The CLI's ValidateDNSSearch: `.` or a domain (with a letter in it, under 255 characters). */
export const parseDnsSearch = (text: string): Parsed<string> => {
  const value = text.replace(/^ +| +$/g, '');
  if (value === '.') return { ok: true, value };
  const match = ALPHA.test(value) ? DOMAIN.exec(value) : null;
  if (!match || (match[1] ?? '').length >= 255) return fail(`${value} is not a valid domain`);
  return { ok: true, value: match[1] ?? '' };
};

const SYSCTL_NAMES = [
  'kernel.msgmax',
  'kernel.msgmnb',
  'kernel.msgmni',
  'kernel.sem',
  'kernel.shmall',
  'kernel.shmmax',
  'kernel.shmmni',
  'kernel.shm_rmid_forced',
];

/** The CLI's ValidateSysctl: namespaced kernel settings only (`net.*`, `fs.mqueue.*`, IPC ones). */
export const sysctlProblem = (key: string): string | null =>
  key !== '' && (SYSCTL_NAMES.includes(key) || key.startsWith('net.') || key.startsWith('fs.mqueue.'))
    ? null
    : `sysctl '${key}' is not allowed: only net.*, fs.mqueue.* and the IPC kernel.* settings are namespaced.`;

/** `--pid`, `--uts`: empty, `host`, or `container:<name|id>` (moby's Valid()). */
export const namespaceModeProblem = (mode: string, what: 'PID' | 'UTS' | 'IPC'): string | null => {
  if (mode === '' || mode === 'host') return null;
  if (what === 'IPC' && ['private', 'shareable', 'none'].includes(mode)) return null;
  if (mode.startsWith('container:')) {
    return mode.length > 'container:'.length
      ? null
      : `invalid ${what} mode: ${mode} (container: needs a name)`;
  }
  const allowed =
    what === 'IPC' ? 'host, private, shareable, none or container:<name>' : 'host or container:<name>';
  return `invalid ${what} mode: ${mode} (${allowed})`;
};

/** `--tmpfs /path[:options]` as the CLI splits it. */
export const parseTmpfs = (text: string): Parsed<[string, string]> => {
  const colon = text.indexOf(':');
  const path = colon < 0 ? text : text.slice(0, colon);
  const options = colon < 0 ? '' : text.slice(colon + 1);
  if (!path.startsWith('/')) return fail(`tmpfs "${path}": the path must be absolute.`);
  return { ok: true, value: [path, options] };
};

/** `--volumes-from container[:ro|rw]`. */
export const volumesFromProblem = (text: string): string | null => {
  const [name = '', mode, extra] = text.split(':');
  if (extra !== undefined || (mode !== undefined && !['ro', 'rw'].includes(mode)))
    return `"${text}": volumes-from is container[:ro|rw].`;
  return /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name) ? null : `"${name}" is not a container name or id.`;
};
