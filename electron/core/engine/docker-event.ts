import {
  ENGINE_EVENT_TYPES,
  type EngineEvent,
  type EngineEventType,
} from '../../../shared/contract/engine.js';

/** The subset of the engine's `/events` message Berth reads. */
interface RawEvent {
  readonly Type?: unknown;
  readonly Action?: unknown;
  readonly Actor?: { readonly ID?: unknown; readonly Attributes?: Record<string, unknown> };
  readonly timeNano?: unknown;
}

const TYPES: ReadonlySet<string> = new Set(ENGINE_EVENT_TYPES);
const SWARM_SERVICE_LABEL = 'com.docker.swarm.service.id';

/** Narrows one decoded `/events` value; anything else (daemon, plugin, malformed) is dropped. */
export const toEngineEvent = (value: unknown): EngineEvent | null => {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as RawEvent;
  if (typeof raw.Type !== 'string' || !TYPES.has(raw.Type)) return null;
  if (typeof raw.Action !== 'string' || typeof raw.Actor?.ID !== 'string') return null;
  const name = raw.Actor.Attributes?.name;
  const timeNano = raw.timeNano;
  const swarmService = raw.Actor.Attributes?.[SWARM_SERVICE_LABEL];
  // Podman's compatible API sends volume events with an empty Actor.ID and the volume's name in its attributes.
  const id = raw.Actor.ID === '' && raw.Type === 'volume' && typeof name === 'string' ? name : raw.Actor.ID;
  return {
    type: raw.Type as EngineEventType,
    action: raw.Action,
    id,
    name: typeof name === 'string' ? name : null,
    timeNano: typeof timeNano === 'number' || typeof timeNano === 'string' ? String(timeNano) : '0',
    ...(raw.Type === 'container' && typeof swarmService === 'string' ? { swarmService } : {}),
    ...(raw.Type === 'container' ? containerDetails(raw.Action, raw.Actor.Attributes) : {}),
  };
};

/** The few attributes alerts need: the exit code of a `die`, the signal of a `kill`. */
const containerDetails = (
  action: string,
  attributes: Record<string, unknown> | undefined,
): { exitCode?: number; signal?: string } => {
  const exitCode = attributes?.exitCode;
  const signal = attributes?.signal;
  if (action === 'die' && typeof exitCode === 'string' && /^-?\d+$/.test(exitCode))
    return { exitCode: Number(exitCode) };
  if (action === 'kill' && typeof signal === 'string') return { signal: signal.slice(0, 32) };
  return {};
};
