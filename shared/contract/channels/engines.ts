import { z } from 'zod';
import { event, feature, invoke } from '../define.js';
import type { ComposeProject } from '../../compose/projects.js';
import type { ContainerSummary, ContainersChanged } from '../containers.js';
import type { ImageList } from '../images.js';
import type { NetworksList } from '../networks.js';
import type { VolumeSummary } from '../volumes.js';
import type { EngineStatus } from '../engine.js';
import type { ErrorText } from '../errors.js';
import { empty } from './empty.js';
import { ENGINE_ID_MAX, ENGINE_ID_PATTERN } from '../engine-id.js';

/**
 * Several engines at once (issue 13): the default endpoint, every docker CLI context, Podman's sockets. Each is a
 * scope with its own connection; `engine` ids are stable while the context exists.
 */

/** "default" (DOCKER_HOST or the default socket), "ctx:<context name>", "podman:<slug of its socket>". */
export const engineId = z.string().max(ENGINE_ID_MAX).regex(ENGINE_ID_PATTERN, 'not an engine id');
export type EngineId = z.infer<typeof engineId>;

/**
 * A request that names an engine object also says which engine holds it: `engine` is optional, and absent means the
 * engine the CLI named at launch (what every request meant before there were several). An unknown id is refused by
 * the backend (NOT_FOUND), never answered by another engine.
 */
export const onEngine = <Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape, z.core.$strict>) =>
  schema.extend({ engine: engineId.optional() });

/** `store.ValidateContextName`; "default" is the built-in context and cannot be written. */
export const contextName = z
  .string()
  .max(200)
  .regex(
    /^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/,
    'letters, digits, "_", ".", "+", "-"; at least two, starting with a letter or digit',
  )
  .refine((name) => name !== 'default', '"default" is the built-in context');

const pem = z
  .string()
  .max(64 * 1024)
  .regex(/-----BEGIN [A-Z0-9 ]+-----/, 'not PEM text (-----BEGIN …-----)');

export const dockerEndpointSpec = z.strictObject({
  /** unix://…, tcp://host:port, ssh://[user@]host[:port]; checked by the same parser as DOCKER_HOST. */
  host: z.string().min(1).max(2048),
  skipTlsVerify: z.boolean().optional(),
  /** PEM contents; null or absent: no TLS directory. */
  tls: z
    .strictObject({ ca: pem.optional(), cert: pem.optional(), key: pem.optional() })
    .nullable()
    .optional(),
});

export const contextCreateRequest = z.strictObject({
  name: contextName,
  description: z.string().max(1000).optional(),
  docker: dockerEndpointSpec,
});

export const contextUpdateRequest = z.strictObject({
  name: contextName,
  description: z.string().max(1000).optional(),
  docker: dockerEndpointSpec.optional(),
});

export const contextRemoveRequest = z.strictObject({ name: contextName, force: z.boolean().optional() });
export const contextUseRequest = z.strictObject({ name: z.union([contextName, z.literal('default')]) });
export const engineRequest = z.strictObject({ engine: engineId });

export const ENGINE_FEATURES = [
  'swarm',
  'build',
  'buildkit',
  'volumePruneAll',
  'imagePlatform',
  'pause',
  'stats',
] as const;
export type EngineFeature = (typeof ENGINE_FEATURES)[number];
/** `reason` is English (logs, fallback); `text` its key, for the renderer to word in the reader's language. */
export type Support =
  { readonly ok: true } | { readonly ok: false; readonly reason: string; readonly text?: ErrorText };
export type EngineKind = 'docker' | 'docker-desktop' | 'podman';
export type SwarmRole = 'inactive' | 'worker' | 'manager' | 'pending' | 'error' | 'locked';

export interface EngineIdentity {
  readonly kind: EngineKind;
  /** "Docker Engine", "Docker Desktop", "Podman": what the UI calls it. */
  readonly product: string;
  readonly version: string;
  /** The engine's newest Docker API version, and the one Berth uses with it (the CLI's negotiation). */
  readonly apiVersion: string;
  readonly negotiatedApiVersion: string;
  readonly minApiVersion: string;
  readonly os: string;
  readonly arch: string;
  readonly rootless: boolean;
}

export interface EngineCapabilities {
  readonly identity: EngineIdentity;
  readonly swarmRole: SwarmRole;
  readonly features: Readonly<Record<EngineFeature, Support>>;
}

export interface EngineSummary {
  readonly id: EngineId;
  /** The context name, "default", or "Podman (<socket>)". */
  readonly label: string;
  readonly source: 'default' | 'context' | 'podman';
  readonly context?: string;
  /** What the docker CLI would use right now (DOCKER_HOST, DOCKER_CONTEXT, else currentContext). */
  readonly current: boolean;
  readonly status: EngineStatus;
  /** Known once connected at least once; kept while it reconnects. */
  readonly capabilities: EngineCapabilities | null;
}

export interface EngineContainersChanged {
  readonly engine: EngineId;
  readonly change: ContainersChanged;
}

export interface EngineStatusChanged {
  readonly engine: EngineId;
  readonly status: EngineStatus;
  readonly capabilities: EngineCapabilities | null;
}

/**
 * One engine's part of an "All engines" list. `live`: read just now from a connected engine. `last-known`: the engine
 * is down or did not answer, these are the rows of its last good read (`at`), and `reason` says why they are not
 * fresher. `unavailable`: never read since Berth started, nothing to show but the reason.
 */
export type EngineSliceState = 'live' | 'last-known' | 'unavailable';

export interface EngineSlice<T> {
  readonly engine: EngineId;
  /** What the UI calls the engine (the context name, "default", "Podman (…)"). */
  readonly label: string;
  readonly state: EngineSliceState;
  /** Epoch ms of the read `data` comes from; null when there is none. */
  readonly at: number | null;
  /** Why the slice is not live; null when it is. */
  readonly reason: string | null;
  /** `reason` by key, when Berth worded it (the engine's own words have none); `{{where}}` stays English. */
  readonly reasonText?: ErrorText;
  /** This engine's list exactly as the single-engine channel answers it; null when unavailable. */
  readonly data: T | null;
}

/** Every engine in use (started by the first engines request), in `engines.list` order; one slice each. */
export interface MergedList<T> {
  readonly slices: readonly EngineSlice<T>[];
}

/** Which of an engine's object lists its events say changed: the merged views refetch that engine's slice. */
export interface EngineObjectsChanged {
  readonly engine: EngineId;
  readonly kind: 'images' | 'volumes' | 'networks';
}

/** One stored context as `docker context ls` shows it, plus which TLS files it holds. */
export interface CliContext {
  readonly name: string;
  readonly description: string;
  /** The docker endpoint's Host, verbatim (`docker context ls` DOCKER ENDPOINT). */
  readonly host: string;
  readonly skipTlsVerify: boolean;
  /** Whether the context has its own TLS directory at all (the CLI then speaks TLS), and which files. */
  readonly tls: { readonly on: boolean; readonly ca: boolean; readonly cert: boolean; readonly key: boolean };
  /** Why this one context cannot be used (malformed meta.json…); the others still list, as in the CLI. */
  readonly error?: string;
}

export interface ContextStoreSnapshot {
  readonly configDir: string;
  /** `currentContext` in config.json; '' when unset (the default context). */
  readonly current: string;
  /** Why config.json could not be read, when it could not. */
  readonly currentError?: string;
  readonly contexts: readonly CliContext[];
}

export const enginesInvokes = {
  'engines.list': invoke<readonly EngineSummary[]>()(empty),
  /** Connect this engine now instead of at its next backoff step. */
  'engines.retry': invoke<EngineSummary>()(engineRequest),
  /**
   * "All engines": each engine's list, named and with its freshness. Engines that are down answer from their last good
   * read at once (no call is made to them); a connected engine that fails its read does the same with the reason.
   */
  'engines.allContainers': invoke<MergedList<readonly ContainerSummary[]>>()(empty),
  'engines.allImages': invoke<MergedList<ImageList>>()(empty),
  'engines.allVolumes': invoke<MergedList<readonly VolumeSummary[]>>()(empty),
  'engines.allNetworks': invoke<MergedList<NetworksList>>()(empty),
  /** Compose projects grouped per engine from its container model (a project's name is unique only within one). */
  'engines.allProjects': invoke<MergedList<readonly ComposeProject[]>>()(empty),
  'contexts.list': invoke<ContextStoreSnapshot>()(empty),
  'contexts.create': invoke<ContextStoreSnapshot>()(contextCreateRequest),
  /** A given `docker` replaces the endpoint and its TLS files, as `docker context update --docker` does. */
  'contexts.update': invoke<ContextStoreSnapshot>()(contextUpdateRequest),
  /** The current context is refused unless `force`, which also resets to default (`docker context rm -f`). */
  'contexts.remove': invoke<ContextStoreSnapshot>()(contextRemoveRequest),
  /** `docker context use`: writes `currentContext`, keeping every other key of config.json. */
  'contexts.use': invoke<ContextStoreSnapshot>()(contextUseRequest),
} as const;

export const enginesEvents = {
  /** One engine's connection changed state (each engine has its own connection and backoff). */
  'engines.status': event<EngineStatusChanged>(),
  /** The set of engines changed (a context created or removed, `docker context use` in a terminal). */
  'engines.changed': event<readonly EngineSummary[]>(),
  'contexts.changed': event<ContextStoreSnapshot>(),
  /**
   * Container deltas of every engine, named; ids are unique only within an engine, so `{engine, id}` is the key.
   * Sent once the engine list is in use (the first engines request).
   */
  'engines.containers': event<EngineContainersChanged>(),
  /** An engine's images, volumes or networks changed (from its event stream); sent once the engine list is in use. */
  'engines.objects': event<EngineObjectsChanged>(),
} as const;

export const enginesStreams = {} as const;

export const enginesFeature = feature({
  invokes: enginesInvokes,
  events: enginesEvents,
  streams: enginesStreams,
});
