import { BerthError } from '../errors/berth-error.js';
import {
  ENGINE_FEATURES,
  type EngineCapabilities,
  type EngineFeature,
  type EngineIdentity,
  type EngineKind,
  type Support,
  type SwarmRole,
} from '../../../shared/contract/channels/engines.js';

export { ENGINE_FEATURES };
export type { EngineCapabilities, EngineFeature, EngineIdentity, EngineKind, Support, SwarmRole };

/** The API range Berth is written against: older engines are refused with a message, newer ones are spoken to at this. */
export const BERTH_API_MIN = '1.24';
export const BERTH_API_MAX = '1.45';

/** The fields of `GET /version` this reads (Docker and Podman's compatible API alike). */
export interface VersionResponse {
  readonly Version?: string;
  readonly ApiVersion?: string;
  readonly MinAPIVersion?: string;
  readonly Os?: string;
  readonly Arch?: string;
  readonly Components?: readonly { readonly Name?: string; readonly Version?: string }[] | null;
  readonly Platform?: { readonly Name?: string } | null;
}

/** The fields of `GET /info` this reads. */
export interface InfoResponse {
  readonly OperatingSystem?: string;
  readonly Name?: string;
  readonly Labels?: readonly string[] | null;
  readonly SecurityOptions?: readonly string[] | null;
  readonly CgroupVersion?: string;
  readonly Swarm?: { readonly LocalNodeState?: string; readonly ControlAvailable?: boolean } | null;
}

/** The fields of `/info` this reads, each kept only when it has the type the engine documents. */
export function toInfoResponse(value: unknown): InfoResponse {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof raw[key] === 'string' ? raw[key] : undefined);
  const texts = (key: string): string[] | undefined => {
    const list = raw[key];
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : undefined;
  };
  const swarm = raw['Swarm'];
  const s = typeof swarm === 'object' && swarm !== null ? (swarm as Record<string, unknown>) : {};
  const info: {
    -readonly [K in keyof InfoResponse]: InfoResponse[K];
  } = {};
  const os = text('OperatingSystem');
  if (os !== undefined) info.OperatingSystem = os;
  const name = text('Name');
  if (name !== undefined) info.Name = name;
  const labels = texts('Labels');
  if (labels !== undefined) info.Labels = labels;
  const security = texts('SecurityOptions');
  if (security !== undefined) info.SecurityOptions = security;
  const cgroup = text('CgroupVersion');
  if (cgroup !== undefined) info.CgroupVersion = cgroup;
  info.Swarm = {
    ...(typeof s['LocalNodeState'] === 'string' ? { LocalNodeState: s['LocalNodeState'] } : {}),
    ...(typeof s['ControlAvailable'] === 'boolean' ? { ControlAvailable: s['ControlAvailable'] } : {}),
  };
  return info;
}

/** `versions.LessThan` of the Docker API: dotted numeric comparison. */
export function compareApiVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export function detectKind(version: VersionResponse, info: InfoResponse): EngineKind {
  const components = version.Components ?? [];
  if (components.some((c) => /podman/i.test(c.Name ?? ''))) return 'podman';
  const labels = info.Labels ?? [];
  if (
    info.OperatingSystem === 'Docker Desktop' ||
    info.Name === 'docker-desktop' ||
    labels.some((l) => l.startsWith('com.docker.desktop.address=')) ||
    /Docker Desktop/i.test(version.Platform?.Name ?? '')
  ) {
    return 'docker-desktop';
  }
  return 'docker';
}

const PRODUCT: Readonly<Record<EngineKind, string>> = {
  docker: 'Docker Engine',
  'docker-desktop': 'Docker Desktop',
  podman: 'Podman',
};

/**
 * Decides, from one `/version` and one `/info` (fetched at connect, never polled), what this engine is and what it can
 * do, so a view hides or disables what is missing and says why, instead of showing the engine's raw refusal.
 */
export function engineCapabilities(version: VersionResponse, info: InfoResponse): EngineCapabilities {
  const kind = detectKind(version, info);
  const apiVersion = version.ApiVersion ?? BERTH_API_MIN;
  const negotiated = compareApiVersions(apiVersion, BERTH_API_MAX) > 0 ? BERTH_API_MAX : apiVersion;
  const security = info.SecurityOptions ?? [];
  const rootless = security.some((o) => o.split(',').includes('name=rootless'));
  const product = PRODUCT[kind];
  const identity: EngineIdentity = {
    kind,
    product,
    version: version.Version ?? '',
    apiVersion,
    negotiatedApiVersion: negotiated,
    minApiVersion: version.MinAPIVersion ?? '',
    os: version.Os ?? '',
    arch: version.Arch ?? '',
    rootless,
  };
  const named = `${product} ${identity.version}`.trim();
  const api = (min: string, what: string): Support =>
    compareApiVersions(negotiated, min) >= 0
      ? { ok: true }
      : { ok: false, reason: `${what} needs Docker API ${min}; ${named} speaks ${apiVersion}` };
  const cgroupV1Rootless = rootless && info.CgroupVersion === '1';
  const cgroups = (what: string): Support =>
    cgroupV1Rootless
      ? {
          ok: false,
          reason: `${what} needs cgroup v2 for a rootless engine; ${named} runs rootless on cgroup v1`,
        }
      : { ok: true };
  const swarmRole = toSwarmRole(info.Swarm);
  const features: Record<EngineFeature, Support> = {
    swarm:
      kind === 'podman'
        ? { ok: false, reason: 'Podman has no swarm mode' }
        : swarmRole === 'manager'
          ? api('1.24', 'Swarm')
          : {
              ok: false,
              reason:
                swarmRole === 'inactive'
                  ? `${named} is not part of a swarm`
                  : `${named} is a swarm ${swarmRole} node; services are listed on a manager`,
            },
    build: api('1.24', 'Building images'),
    buildkit:
      kind === 'podman'
        ? { ok: false, reason: 'Podman builds with Buildah, not BuildKit' }
        : api('1.31', 'BuildKit'),
    volumePruneAll: api('1.42', 'Pruning named volumes with "all"'),
    imagePlatform: api('1.32', 'Choosing an image platform'),
    pause: cgroups('Pausing containers'),
    stats: cgroups('Live resource usage'),
  };
  return { identity, swarmRole, features };
}

function toSwarmRole(swarm: InfoResponse['Swarm']): SwarmRole {
  const state = swarm?.LocalNodeState ?? 'inactive';
  if (state === 'active') return swarm?.ControlAvailable ? 'manager' : 'worker';
  if (state === 'pending' || state === 'error' || state === 'locked') return state;
  return 'inactive';
}

/** The engine's API is older than Berth can use: said once at connect, with both versions. */
export function apiTooOld(version: VersionResponse): string | undefined {
  const api = version.ApiVersion;
  if (api === undefined || compareApiVersions(api, BERTH_API_MIN) >= 0) return undefined;
  return `This engine speaks Docker API ${api}; Berth needs ${BERTH_API_MIN} or newer (Docker 1.12+, Podman 3+)`;
}

/** For handlers: refuse an unsupported call with a typed error and the reason, before the engine is asked. */
export function requireFeature(capabilities: EngineCapabilities, feature: EngineFeature): void {
  const support = capabilities.features[feature];
  if (!support.ok) throw new BerthError('UNSUPPORTED', `${support.reason}.`);
}
