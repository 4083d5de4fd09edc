import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogChunk } from '../../../shared/contract/container-detail.js';
import { collectLogs } from '../testing/log-collector.js';
import { droppedNote, LogOutlet } from './log-outlet.js';

const lines = (from: number, n: number): string =>
  Array.from({ length: n }, (_, i) => `${from + i}\n`).join('');

const outlet = (keep: number | undefined, reading = false) => {
  const sink = collectLogs();
  const holds: boolean[] = [];
  const out = new LogOutlet(sink, { keep, reading: () => reading, holdBody: (hold) => holds.push(hold) });
  return { sink, holds, out };
};

describe('LogOutlet', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('without keep, holds the engine body while the client is behind and lets nothing go', () => {
    const { sink, holds, out } = outlet(undefined);
    out.pause();
    out.push('stdout', 'a\n');
    out.resume();
    expect(holds).toEqual([true, false]);
    expect(sink.chunks).toEqual([{ stream: 'stdout', text: 'a\n' }]);
    expect(out.window).toBeUndefined();
  });

  it('with keep, reads on while behind, then hands on a note of what was dropped and the newest lines', () => {
    const { sink, holds, out } = outlet(1000);
    out.push('stdout', lines(1, 10));
    out.pause();
    for (let i = 0; i < 10; i++) out.push('stdout', lines(11 + i * 500, 500));
    out.end();
    expect(sink.ended).toBeUndefined();
    out.resume();
    expect(holds).toEqual([]);
    const note: LogChunk = { stream: 'system', text: droppedNote(4000), dropped: 4000 };
    expect(sink.chunks[1]).toEqual(note);
    expect(sink.lines().slice(10)).toEqual(lines(4011, 1000).split('\n').slice(0, -1));
    expect(sink.ended).toBeNull();
  });

  it('while the engine is read and outruns the client, hands on the newest text once per catch-up period', () => {
    vi.useFakeTimers();
    const { sink, out } = outlet(1000, true);
    expect(out.window).toEqual({ high: 64 * 1024, low: 16 * 1024 });
    out.pause();
    for (let i = 0; i < 4; i++) out.push('stdout', lines(1 + i * 500, 500));
    out.resume();
    expect(sink.chunks).toHaveLength(0);
    vi.advanceTimersByTime(499);
    expect(sink.chunks).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(sink.chunks[0]?.dropped).toBe(1000);
    expect(sink.lines()).toHaveLength(1000);
  });

  it('drops nothing and waits for nothing when the client is only a little behind', () => {
    const { sink, out } = outlet(1000, true);
    out.pause();
    out.push('stdout', lines(1, 100));
    out.resume();
    expect(sink.lines()).toHaveLength(100);
    expect(sink.chunks.some((c) => c.stream === 'system')).toBe(false);
  });
});
