import { create } from 'zustand';
import type { EngineEvent } from '../../../shared/contract/engine.js';
import {
  appendEvents,
  EMPTY_EVENT_LOG,
  NO_EVENT_FILTER,
  type EventFilter,
  type EventLog,
} from '../../../shared/system/event-log.js';

/** The log keeps this many events; older ones fall off (and are counted). */
export const MAX_EVENTS = 1000;

interface EventsState {
  readonly log: EventLog;
  readonly filter: EventFilter;
  /** The user paused collecting. */
  readonly paused: boolean;
}

export const useEventsStore = create<EventsState>()(() => ({
  log: EMPTY_EVENT_LOG,
  filter: NO_EVENT_FILTER,
  paused: false,
}));

export const addEvents = (batch: readonly EngineEvent[]): void => {
  useEventsStore.setState((s) => ({ log: appendEvents(s.log, batch, MAX_EVENTS) }));
};

export const setEventFilter = (patch: Partial<EventFilter>): void => {
  useEventsStore.setState((s) => ({ filter: { ...s.filter, ...patch } }));
};

export const setEventsPaused = (paused: boolean): void => {
  useEventsStore.setState({ paused });
};

export const clearEvents = (): void => {
  useEventsStore.setState({ log: EMPTY_EVENT_LOG });
};
