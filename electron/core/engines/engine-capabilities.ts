import { BerthError } from '../errors/berth-error.js';
import { type Worded, worded } from '../../../shared/contract/error-texts.js';
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

type ApiReason =
  'swarmNeedsApi' | 'buildNeedsApi' | 'buildkitNeedsApi' | 'volumePruneAllNeedsApi' | 'imagePlatformNeedsApi';

/** A feature the engine lacks: the English reason for logs and as the fallback, its key for the reader's language. */
const lacks = ({ message, text }: Worded): Support => ({ ok: false, reason: message, text });
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
  const api = (min: string, key: ApiReason): Support =>
    compareApiVersions(negotiated, min) >= 0
      ? { ok: true }
      : lacks(worded(key, { min, engine: named, api: apiVersion }));
  const cgroupV1Rootless = rootless && info.CgroupVersion === '1';
  const cgroups = (key: 'pauseNeedsCgroupV2' | 'statsNeedsCgroupV2'): Support =>
    cgroupV1Rootless ? lacks(worded(key, { engine: named })) : { ok: true };
  const swarmRole = toSwarmRole(info.Swarm);
  const features: Record<EngineFeature, Support> = {
    swarm:
      kind === 'podman'
        ? lacks(worded('podmanNoSwarm'))
        : swarmRole === 'manager'
          ? api('1.24', 'swarmNeedsApi')
          : lacks(
              swarmRole === 'inactive'
                ? worded('engineNotInSwarm', { engine: named })
                : worded('engineSwarmNode', { engine: named, role: swarmRole }),
            ),
    build: api('1.24', 'buildNeedsApi'),
    buildkit: kind === 'podman' ? lacks(worded('podmanNoBuildkit')) : api('1.31', 'buildkitNeedsApi'),
    volumePruneAll: api('1.42', 'volumePruneAllNeedsApi'),
    imagePlatform: api('1.32', 'imagePlatformNeedsApi'),
    pause: cgroups('pauseNeedsCgroupV2'),
    stats: cgroups('statsNeedsCgroupV2'),
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
export function apiTooOld(version: VersionResponse): Worded | undefined {
  const api = version.ApiVersion;
  if (api === undefined || compareApiVersions(api, BERTH_API_MIN) >= 0) return undefined;
  return worded('engineApiTooOld', { api, min: BERTH_API_MIN });
}

/** For handlers: refuse an unsupported call with a typed error and the reason, before the engine is asked. */
export function requireFeature(capabilities: EngineCapabilities, feature: EngineFeature): void {
  const support = capabilities.features[feature];
  if (!support.ok) {
    // A reason is a hint without a full stop; as an error's message it ends a sentence (its key's words stay as they are).
    const message = support.reason.concat('.');
    throw new BerthError('UNSUPPORTED', support.text ? { message, text: support.text } : message);
  }
}
