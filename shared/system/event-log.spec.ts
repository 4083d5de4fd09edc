import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../contract/engine.js';
import { appendEvents, EMPTY_EVENT_LOG, eventTimeMs, matchesEvent, NO_EVENT_FILTER } from './event-log.js';

const ev = (n: number, over: Partial<EngineEvent> = {}): EngineEvent => ({
  type: 'container',
  action: 'start',
  id: `id${n}`,
  name: `name${n}`,
  timeNano: '1700000000123456789',
  ...over,
});

describe('event log', () => {
  it('keeps only the newest events and counts those that fell off', () => {
    let log = EMPTY_EVENT_LOG;
    log = appendEvents(log, [ev(1), ev(2), ev(3)], 4);
    expect(log).toEqual({ events: [ev(1), ev(2), ev(3)], dropped: 0 });
    log = appendEvents(log, [ev(4), ev(5), ev(6)], 4);
    expect(log.events.map((e) => e.id)).toEqual(['id3', 'id4', 'id5', 'id6']);
    expect(log.dropped).toBe(2);
    expect(appendEvents(log, [], 4)).toBe(log);
    const flood = appendEvents(
      EMPTY_EVENT_LOG,
      Array.from({ length: 2500 }, (_, i) => ev(i)),
      1000,
    );
    expect(flood.events).toHaveLength(1000);
    expect(flood.events[0]?.id).toBe('id1500');
    expect(flood.dropped).toBe(1500);
  });

  it('filters by type, action text and actor name or id, case-insensitively', () => {
    const die = ev(1, { action: 'die', name: 'Web-1', id: 'abc123' });
    const net = ev(2, { type: 'network', action: 'connect', name: 'bridge', id: 'ff00' });
    expect(matchesEvent(die, NO_EVENT_FILTER)).toBe(true);
    expect(matchesEvent(die, { ...NO_EVENT_FILTER, type: 'network' })).toBe(false);
    expect(matchesEvent(net, { ...NO_EVENT_FILTER, type: 'network' })).toBe(true);
    expect(matchesEvent(die, { ...NO_EVENT_FILTER, action: ' DI ' })).toBe(true);
    expect(matchesEvent(die, { ...NO_EVENT_FILTER, action: 'start' })).toBe(false);
    expect(matchesEvent(die, { ...NO_EVENT_FILTER, actor: 'web' })).toBe(true);
    expect(matchesEvent(die, { ...NO_EVENT_FILTER, actor: 'ABC1' })).toBe(true);
    expect(matchesEvent(die, { ...NO_EVENT_FILTER, actor: 'db' })).toBe(false);
    expect(matchesEvent(ev(3, { name: null }), { ...NO_EVENT_FILTER, actor: 'id3' })).toBe(true);
  });

  it('reads the engine time in nanoseconds beyond 2^53 without losing milliseconds', () => {
    expect(eventTimeMs(ev(1))).toBe(1700000000123);
    expect(eventTimeMs(ev(1, { timeNano: 'garbage' }))).toBe(0);
  });
});
