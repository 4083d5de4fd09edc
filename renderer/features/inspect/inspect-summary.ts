import type { ContainerInspect } from '../../../shared/contract/container-detail.js';
import type { PublishedPort } from '../../../shared/contract/containers.js';
import { parseEnv, type EnvVar } from './env.js';
import { currentLanguage } from '../../i18n/index.js';

/** Reads the engine's inspect document defensively: every field may be absent or odd. */
const obj = (v: unknown): Readonly<Record<string, unknown>> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

export interface MountView {
  readonly type: string;
  readonly source: string;
  readonly destination: string;
  readonly readOnly: boolean;
}

export interface NetworkView {
  readonly name: string;
  readonly ipv4: string;
  readonly ipv6: string;
  readonly gateway: string;
  readonly aliases: readonly string[];
}

export interface HealthView {
  readonly status: string;
  readonly failingStreak: number;
  readonly last: { readonly at: string; readonly exitCode: number | null; readonly output: string } | null;
}

export interface InspectSummary {
  readonly name: string;
  readonly image: string;
  readonly imageId: string;
  readonly command: string;
  readonly state: string;
  readonly exitCode: number | null;
  readonly created: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly restartPolicy: string;
  readonly ports: readonly PublishedPort[];
  readonly mounts: readonly MountView[];
  readonly networks: readonly NetworkView[];
  readonly env: readonly EnvVar[];
  readonly labels: readonly (readonly [string, string])[];
  readonly health: HealthView | null;
  readonly tty: boolean;
}

/** Docker's zero time means "never". */
const time = (v: unknown): string => {
  const s = str(v);
  return s === '' || s.startsWith('0001-01-01') ? '' : s;
};

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

const portsOf = (ports: Readonly<Record<string, unknown>>): PublishedPort[] => {
  const out: PublishedPort[] = [];
  for (const [spec, bindings] of Object.entries(ports)) {
    const [port = '', protocol = 'tcp'] = spec.split('/');
    const containerPort = Number(port);
    if (!PROTOCOLS.has(protocol) || !Number.isInteger(containerPort)) continue;
    for (const binding of arr(bindings)) {
      const b = obj(binding);
      const hostPort = Number(str(b.HostPort));
      if (!Number.isInteger(hostPort) || hostPort <= 0) continue;
      out.push({
        ip: str(b.HostIp),
        hostPort,
        containerPort,
        protocol: protocol as PublishedPort['protocol'],
      });
    }
  }
  return out;
};

const quote = (part: string): string =>
  /^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`;

export const summarize = (doc: ContainerInspect): InspectSummary => {
  const config = obj(doc.Config);
  const state = obj(doc.State);
  const host = obj(doc.HostConfig);
  const restart = obj(host.RestartPolicy);
  const settings = obj(doc.NetworkSettings);
  const health = obj(state.Health);
  const log = arr(health.Log);
  const last = obj(log.at(-1));
  const retries = num(restart.MaximumRetryCount);
  const policy = str(restart.Name) || 'no';
  return {
    name: str(doc.Name).replace(/^\//, ''),
    image: str(config.Image),
    imageId: str(doc.Image),
    command: [str(doc.Path), ...arr(doc.Args).map(str)]
      .filter((p) => p !== '')
      .map(quote)
      .join(' '),
    state: str(state.Status),
    exitCode: num(state.ExitCode),
    created: time(doc.Created),
    startedAt: time(state.StartedAt),
    finishedAt: time(state.FinishedAt),
    restartPolicy: policy === 'on-failure' && retries ? `${policy} (max ${retries} retries)` : policy,
    ports: portsOf(obj(settings.Ports)),
    mounts: arr(doc.Mounts).map((m) => {
      const mount = obj(m);
      return {
        type: str(mount.Type),
        source: str(mount.Name) || str(mount.Source),
        destination: str(mount.Destination),
        readOnly: mount.RW === false,
      };
    }),
    networks: Object.entries(obj(settings.Networks)).map(([name, n]) => {
      const net = obj(n);
      return {
        name,
        ipv4: str(net.IPAddress),
        ipv6: str(net.GlobalIPv6Address),
        gateway: str(net.Gateway),
        aliases: arr(net.Aliases)
          .map(str)
          .filter((a) => a !== ''),
      };
    }),
    env: parseEnv(arr(config.Env)),
    labels: Object.entries(obj(config.Labels))
      .map(([k, v]) => [k, str(v)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
    health:
      Object.keys(health).length === 0
        ? null
        : {
            status: str(health.Status),
            failingStreak: num(health.FailingStreak) ?? 0,
            last:
              log.length === 0
                ? null
                : {
                    at: time(last.End) || time(last.Start),
                    exitCode: num(last.ExitCode),
                    output: str(last.Output),
                  },
          },
    tty: config.Tty === true,
  };
};

/** A readable local time for an engine timestamp; empty stays empty. */
export const localTime = (iso: string): string => {
  if (iso === '') return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(currentLanguage());
};
