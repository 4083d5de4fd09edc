import type { EngineEvent, EngineEventType } from '../contract/engine.js';

export interface EventFilter {
  readonly type: EngineEventType | 'all';
  /** Substring of the action, case-insensitive ("" matches all). */
  readonly action: string;
  /** Substring of the actor's name or id, case-insensitive. */
  readonly actor: string;
}

export const NO_EVENT_FILTER: EventFilter = { type: 'all', action: '', actor: '' };

export const matchesEvent = (event: EngineEvent, filter: EventFilter): boolean => {
  if (filter.type !== 'all' && event.type !== filter.type) return false;
  const action = filter.action.trim().toLowerCase();
  if (action && !event.action.toLowerCase().includes(action)) return false;
  const actor = filter.actor.trim().toLowerCase();
  if (actor && !(event.name ?? '').toLowerCase().includes(actor) && !event.id.toLowerCase().includes(actor)) {
    return false;
  }
  return true;
};

export interface EventLog {
  readonly events: readonly EngineEvent[];
  /** Events that fell off the front since the log started. */
  readonly dropped: number;
}

export const EMPTY_EVENT_LOG: EventLog = { events: [], dropped: 0 };

/** Appends a batch and keeps only the newest `max`, counting what fell off. */
export const appendEvents = (log: EventLog, batch: readonly EngineEvent[], max: number): EventLog => {
  if (batch.length === 0) return log;
  const all = [...log.events, ...batch];
  const over = Math.max(0, all.length - max);
  return { events: over > 0 ? all.slice(over) : all, dropped: log.dropped + over };
};

/** Engine time (epoch ns as a decimal string) as epoch ms. */
export const eventTimeMs = (event: EngineEvent): number => {
  const ns = event.timeNano;
  return /^\d{1,25}$/.test(ns) ? Number(BigInt(ns) / 1_000_000n) : 0;
};
