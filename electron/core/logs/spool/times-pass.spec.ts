import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchQuery } from '../../../../shared/logs/explorer.js';
import { TimeFormatter, TimeParser } from './line-times.js';
import { LogSpool, MARK_EVERY } from './log-spool.js';
import { SpoolSearch } from './spool-search.js';
import { TimesPass } from './times-pass.js';
import { worded } from '../../../../shared/contract/error-texts.js';

const ts = (i: number): string =>
  new Date(Date.UTC(2026, 0, 1) + i * 1000)
    .toISOString()
    .replace('Z', `${String(i % 1000).padStart(6, '0')}Z`);
const text = (i: number): string => `line ${String(i).padStart(7, '0')}`;
/** The history as an untimed pass hands it on, and as the timed pass does. */
const untimed = (from: number, to: number): string => {
  let out = '';
  for (let i = from; i < to; i++) out += `${text(i)}\n`;
  return out;
};
const timed = (from: number, to: number): string => {
  let out = '';
  for (let i = from; i < to; i++) out += `${ts(i)} ${text(i)}\n`;
  return out;
};
/** Text in pieces cut anywhere (even inside a timestamp). */
const pieces = (all: string, size: number): string[] => {
  const out: string[] = [];
  for (let at = 0; at < all.length; at += size) out.push(all.slice(at, at + size));
  return out;
};

const searchAll = async (spool: LogSpool, q: SearchQuery): Promise<number> => {
  const search = new SpoolSearch('s', spool, q, () => undefined);
  search.wake();
  for (let i = 0; i < 4000 && !search.progress.caughtUp; i++) await new Promise((r) => setTimeout(r, 5));
  return search.progress.matches;
};

describe('the side store of an untimed history', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'berth-times-spec-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('parses and prints the engine form back as it was', () => {
    const parser = new TimeParser();
    const formatter = new TimeFormatter();
    for (const i of [0, 1, 999, 86_400 * 400 + 7]) {
      const time = parser.parse(ts(i));
      expect(time).not.toBeNull();
      expect(formatter.format(time?.sec ?? 0, time?.ns ?? 0)).toBe(ts(i));
    }
    const offset = parser.parse('2026-01-01T02:00:00.5+02:00');
    expect(formatter.format(offset?.sec ?? 0, offset?.ns ?? 0)).toBe('2026-01-01T00:00:00.500000000Z');
    expect(parser.parse('not a time')).toBeNull();
  });

  it('reads an untimed history without times, then with them once the timed pass matched', () => {
    const spool = new LogSpool({ folder, limitBytes: 1 << 30, segmentBytes: 32 * 1024 });
    spool.timed = false;
    for (const piece of pieces(untimed(0, 3000), 777)) spool.append('stdout', piece);
    // A note of Berth's in the middle (a reopened body) has no time and is not in the timed pass.
    spool.append('system', '— engine disconnected, resuming… —\n');
    for (const piece of pieces(untimed(3000, 5000), 500)) spool.append('stdout', piece);
    spool.timed = true;
    // The live tail after the opening instant comes timed.
    spool.append('stdout', timed(5000, 5010));
    expect(spool.total).toBe(5011);
    expect(spool.untimedRuns).toEqual([
      { from: 0, to: 3000 },
      { from: 3001, to: 5001 },
    ]);
    expect(spool.untimedLines).toBe(5000);

    const before = spool.read(MARK_EVERY * 3, 3);
    expect(before.map((l) => [l.ts, l.text, l.untimed])).toEqual([
      ['', text(MARK_EVERY * 3), true],
      ['', text(MARK_EVERY * 3 + 1), true],
      ['', text(MARK_EVERY * 3 + 2), true],
    ]);
    expect(spool.timesPending).toBe(true);
    spool.timesMissing = worded('timesReading');
    expect(() => spool.locate(Date.parse(ts(10)))).toThrow(/still being read/);

    const pass = new TimesPass(spool);
    expect(pass.expected).toBe(5000);
    for (const piece of pieces(timed(0, 5000), 333)) pass.push('stdout', piece);
    expect(pass.finish()).toEqual({ ok: true });
    spool.timesIn = true;
    spool.timesMissing = null;

    const all = spool.read(0, spool.total);
    const expected = [
      ...Array.from({ length: 3000 }, (_, i) => [ts(i), text(i)]),
      ['', '— engine disconnected, resuming… —'],
      ...Array.from({ length: 2010 }, (_, i) => [ts(3000 + i), text(3000 + i)]),
    ];
    expect(all.map((l) => [l.ts, l.text])).toEqual(expected);
    // Jumps to a time go through the marks' times and the side store.
    expect(spool.locate(Date.parse(ts(1234)))).toBe(1234);
    expect(spool.locate(Date.parse(ts(4321)) - 500)).toBe(4322);
    expect(spool.locate(Date.parse(ts(5005)))).toBe(5006);
    expect(readdirSync(folder).filter((f) => f.endsWith('.times')).length).toBeGreaterThan(1);
    spool.dispose();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('searches a time range over side-store times', { timeout: 60_000 }, async () => {
    const spool = new LogSpool({ folder, limitBytes: 1 << 30, segmentBytes: 64 * 1024 });
    spool.timed = false;
    spool.append('stdout', untimed(0, 20_000));
    const pass = new TimesPass(spool);
    pass.push('stdout', timed(0, 20_000));
    expect(pass.finish().ok).toBe(true);
    spool.timesIn = true;
    const matches = await searchAll(spool, {
      text: 'line',
      regex: false,
      matchCase: false,
      streams: { stdout: true, stderr: true },
      from: Date.parse(ts(100)),
      to: Date.parse(ts(199)),
    });
    expect(matches).toBe(100);
    spool.dispose();
  });

  it('keeps stdout and stderr in the order the spool had them', () => {
    const spool = new LogSpool({ folder, limitBytes: 1 << 30, segmentBytes: 16 * 1024 });
    const order: ['stdout' | 'stderr', number][] = [];
    for (let i = 0; i < 1000; i++) order.push([i % 7 === 0 ? 'stderr' : 'stdout', i]);
    spool.timed = false;
    for (const [stream, i] of order) spool.append(stream, `${text(i)}\n`);
    const pass = new TimesPass(spool);
    for (const [stream, i] of order) pass.push(stream, `${ts(i)} ${text(i)}\n`);
    expect(pass.finish().ok).toBe(true);
    spool.timesIn = true;
    expect(spool.read(0, 1000).every((l, i) => l.ts === ts(i) && l.text === text(i))).toBe(true);
    spool.dispose();
  });

  it('says so when the timed pass has another number of lines', () => {
    const spool = new LogSpool({ folder, limitBytes: 1 << 30 });
    spool.timed = false;
    spool.append('stdout', untimed(0, 100));
    const short = new TimesPass(spool);
    short.push('stdout', timed(1, 100));
    expect(short.finish()).toEqual({ ok: false, read: 99 });
    const long = new TimesPass(spool);
    long.push('stdout', timed(0, 101));
    expect(long.overrun).toBe(true);
    expect(long.finish().ok).toBe(false);
    spool.dispose();
  });

  it('skips lines dropped past the limit and times the ones held', () => {
    const spool = new LogSpool({ folder, limitBytes: 100 * 1024, segmentBytes: 20 * 1024 });
    spool.timed = false;
    for (let i = 0; i < 20_000; i += 1000) spool.append('stdout', untimed(i, i + 1000));
    expect(spool.dropped).toBeGreaterThan(0);
    const pass = new TimesPass(spool);
    pass.push('stdout', timed(0, 20_000));
    expect(pass.finish().ok).toBe(true);
    spool.timesIn = true;
    const held = spool.read(spool.first, spool.total - spool.first);
    expect(held.every((l) => l.ts === ts(l.n) && l.text === text(l.n))).toBe(true);
    expect(spool.locate(Date.parse(ts(19_000)))).toBe(19_000);
    // Every held segment's side store is there; none of a dropped one.
    const files = readdirSync(folder);
    expect(files.filter((f) => f.endsWith('.times')).length).toBe(
      files.filter((f) => f.endsWith('.log')).length,
    );
    spool.dispose();
  });
});
