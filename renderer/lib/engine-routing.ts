import { isEngineId } from '../../shared/contract/engine-id.js';
import type { Client } from '../ipc/client.js';
import { RpcError } from '../ipc/rpc-error.js';

/**
 * Ids and names are unique only within an engine. In "All engines" the renderer keys an object by
 * `<id>@<engine>`: the key splits at its last `@`, and only when what follows is an engine id.
 * Container ids, volume, network and project names never hold `@`; an image reference may
 * (`repo@sha256:…`), but `sha256:…` is no engine id, so an unqualified digest stays whole.
 * The first twelve characters are still the short id people read.
 */
const SEPARATOR = '@';

export const qualify = (engine: string, id: string): string => `${id}${SEPARATOR}${engine}`;

export interface Qualified {
  readonly id: string;
  /** Undefined: a plain id, meant for the engine the backend uses when none is named. */
  readonly engine: string | undefined;
}

export const splitQualified = (key: string): Qualified => {
  const at = key.lastIndexOf(SEPARATOR);
  if (at <= 0) return { id: key, engine: undefined };
  const engine = key.slice(at + 1);
  return isEngineId(engine) ? { id: key.slice(0, at), engine } : { id: key, engine: undefined };
};

/** `value` keyed with the engine `key` names (a reference of a keyed image, say); plain when `key` is. */
export const onEngineOf = (key: string, value: string): string => {
  const { engine } = splitQualified(key);
  return engine === undefined ? value : qualify(engine, value);
};

/** What people read: the id or name without the engine it is keyed with. */
export const plainId = (key: string): string => splitQualified(key).id;

/** Refs grouped by engine, in first-seen order, so one call goes to each engine. */
export const groupByEngine = (refs: readonly string[]): Map<string | undefined, string[]> => {
  const groups = new Map<string | undefined, string[]>();
  for (const ref of refs) {
    const { id, engine } = splitQualified(ref);
    const group = groups.get(engine);
    if (group) group.push(id);
    else groups.set(engine, [id]);
  }
  return groups;
};

/** The fields through which a request names a container (or several): every channel's unless listed below. */
const CONTAINER_FIELDS = ['ref', 'refs', 'id', 'container'] as const;

/**
 * Channels whose objects are not containers, and the fields that name them. A field left out is
 * passed through as written (a new name, a path, a tag target), never read as a key.
 */
const OBJECT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'images.inspect': ['ref'],
  'images.history': ['ref'],
  'images.remove': ['ids'],
  'images.untag': ['references'],
  'images.tag': ['source'],
  'images.push': ['reference'],
  'volumes.inspect': ['name'],
  'volumes.remove': ['name'],
  'volumes.browse': ['name'],
  'volumes.preview': ['name'],
  'volumes.download': ['name'],
  'volumes.export': ['name'],
  'networks.inspect': ['ref'],
  'networks.remove': ['ref'],
  'networks.connect': ['network', 'container'],
  'networks.disconnect': ['network', 'container'],
  'compose.projectAction': ['project'],
  'compose.projectRemove': ['project'],
};

/** The fields of `channel`'s requests that may carry an engine-qualified key. */
export const routedFields = (channel: string): readonly string[] =>
  OBJECT_FIELDS[channel] ?? CONTAINER_FIELDS;

/**
 * Rewrites a request whose container refs carry an engine: the refs lose it, the request names
 * the engine. A channel whose contract has no `engine` field is refused by the backend with a
 * reason (it would otherwise act on the default engine): the contract's schemas stay out of the
 * renderer's first screen.
 */
export const routeRequest = (
  channel: string,
  req: unknown,
): { readonly ok: true; readonly req: unknown } | { readonly ok: false; readonly error: RpcError } => {
  if (typeof req !== 'object' || req === null || Array.isArray(req)) return { ok: true, req };
  const source = req as Record<string, unknown>;
  let engine: string | undefined;
  const out: Record<string, unknown> = { ...source };
  for (const field of routedFields(channel)) {
    const value = source[field];
    if (typeof value === 'string') {
      const split = splitQualified(value);
      if (split.engine === undefined) continue;
      if (engine !== undefined && engine !== split.engine) return { ok: false, error: mixed(channel) };
      engine = split.engine;
      out[field] = split.id;
    } else if (Array.isArray(value) && value.every((v): v is string => typeof v === 'string')) {
      const groups = groupByEngine(value);
      if (groups.size > 1) return { ok: false, error: mixed(channel) };
      const [only] = groups.keys();
      if (only === undefined) continue;
      if (engine !== undefined && engine !== only) return { ok: false, error: mixed(channel) };
      engine = only;
      out[field] = value.map((v) => splitQualified(v).id);
    }
  }
  if (engine === undefined) return { ok: true, req };
  out['engine'] = engine;
  return { ok: true, req: out };
};

const requalifyOutcomes = (value: unknown, engine: string): unknown =>
  Array.isArray(value)
    ? value.map((item: unknown) =>
        typeof item === 'object' && item !== null && typeof (item as { ref?: unknown }).ref === 'string'
          ? { ...item, ref: qualify(engine, (item as { ref: string }).ref) }
          : item,
      )
    : value;

const mixed = (channel: string): RpcError =>
  new RpcError('VALIDATION', `One “${channel}” request cannot name objects of several engines.`);

/**
 * The client every view uses: requests naming an engine-qualified container go to that engine.
 * Views keep passing the ids they hold; only this layer knows how engines are written in them.
 */
export const routingClient = (client: Client): Client => ({
  ...client,
  invoke(channel, req) {
    const routed = routeRequest(channel, req);
    if (!routed.ok) return Promise.reject(routed.error);
    const engine = (routed.req as { engine?: unknown } | null)?.engine;
    const answer = client.invoke(channel, routed.req as typeof req);
    if (routed.req === req || typeof engine !== 'string') return answer;
    // Outcomes name the refs they were given: give them back the engine the caller's keys carry.
    return answer.then((value) => requalifyOutcomes(value, engine) as typeof value);
  },
  subscribe(channel, req, handlers) {
    const routed = routeRequest(channel, req);
    if (!routed.ok) {
      const error = routed.error;
      queueMicrotask(() => {
        handlers.onEnd(error);
      });
      return { unsubscribe: () => undefined, ack: () => undefined, input: () => undefined, open: false };
    }
    return client.subscribe(channel, routed.req as typeof req, handlers);
  },
});

/** Chunks of at most `size` refs, each naming containers of one engine only. */
export const chunkByEngine = (refs: readonly string[], size: number): string[][] => {
  const chunks: string[][] = [];
  const byEngine = new Map<string | undefined, string[]>();
  for (const ref of refs) {
    const engine = splitQualified(ref).engine;
    const group = byEngine.get(engine);
    if (group) group.push(ref);
    else byEngine.set(engine, [ref]);
  }
  for (const group of byEngine.values()) {
    for (let i = 0; i < group.length; i += size) chunks.push(group.slice(i, i + size));
  }
  return chunks;
};
