import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogSpool, MARK_EVERY } from './log-spool.js';
import { MatchList, MatchRows } from './match-list.js';
import { SpoolSearch } from './spool-search.js';
import type { SearchProgress, SearchQuery } from '../../../../shared/logs/explorer.js';

const ts = (i: number): string =>
  new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString().replace('Z', '123456Z');
const numbered = (from: number, to: number): string => {
  let text = '';
  for (let i = from; i < to; i++) text += `${ts(i)} line ${String(i).padStart(7, '0')}\n`;
  return text;
};

const query = (text: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
  text,
  regex: false,
  matchCase: false,
  streams: { stdout: true, stderr: true },
  ...extra,
});

const searchAll = async (
  spool: LogSpool,
  q: SearchQuery,
): Promise<{ search: SpoolSearch; last: SearchProgress }> => {
  const search = new SpoolSearch('s', spool, q, () => undefined);
  search.wake();
  // Generous: the machine may be loaded; the search yields between steps.
  for (let i = 0; i < 4000 && !search.progress.caughtUp; i++) await new Promise((r) => setTimeout(r, 5));
  const last = search.progress;
  return { search, last };
};

describe('LogSpool', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'berth-spool-spec-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('numbers lines across pieces that split them, and reads any window', () => {
    const spool = new LogSpool({ folder, limitBytes: 1 << 30, segmentBytes: 64 * 1024 });
    const text = numbered(0, 5000);
    // Pieces cut anywhere, interleaved with another stream's complete lines.
    for (let at = 0; at < text.length; at += 777) {
      spool.append('stdout', text.slice(at, at + 777));
      if (at % (777 * 50) === 0) spool.append('stderr', `${ts(0)} err ${at}\n`);
    }
    const errs = Math.ceil(text.length / (777 * 50));
    expect(spool.total).toBe(5000 + errs);
    const all = spool.read(0, spool.total).filter((l) => l.stream === 'stdout');
    expect(all.map((l) => l.text)).toEqual(
      Array.from({ length: 5000 }, (_, i) => `line ${String(i).padStart(7, '0')}`),
    );
    expect(new Set(spool.read(0, spool.total).map((l) => l.n)).size).toBe(spool.total);
    const window = spool.read(MARK_EVERY * 7 + 3, 10);
    expect(window.map((l) => l.n)).toEqual(Array.from({ length: 10 }, (_, i) => MARK_EVERY * 7 + 3 + i));
    expect(spool.read(spool.total - 1, 5)).toHaveLength(1);
    spool.dispose();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('finds the first line at a time', () => {
    const spool = new LogSpool({ folder, limitBytes: 1 << 30, segmentBytes: 32 * 1024 });
    spool.append('stdout', numbered(0, 3000));
    const at = Date.parse(ts(1234));
    expect(spool.locate(at)).toBe(1234);
    expect(spool.locate(at - 500)).toBe(1234);
    expect(spool.locate(0)).toBe(0);
    expect(spool.locate(Date.parse(ts(99_999)))).toBeNull();
    spool.dispose();
  });

  it('drops the oldest segments past its limit and counts them', () => {
    const spool = new LogSpool({ folder, limitBytes: 100 * 1024, segmentBytes: 20 * 1024 });
    for (let i = 0; i < 20_000; i += 1000) spool.append('stdout', numbered(i, i + 1000));
    expect(spool.total).toBe(20_000);
    expect(spool.dropped).toBeGreaterThan(0);
    expect(spool.first).toBe(spool.dropped);
    expect(spool.bytes).toBeLessThanOrEqual(100 * 1024);
    expect(spool.read(0, 5)).toEqual([]);
    expect(spool.read(spool.first - 2, 5).map((l) => l.n)).toEqual([
      spool.first,
      spool.first + 1,
      spool.first + 2,
    ]);
    expect(spool.read(19_999, 1)[0]?.text).toBe('line 0019999');
    expect(readdirSync(folder).length).toBeLessThanOrEqual(6);
    spool.dispose();
  });

  it('searches plain, regex, case and streams, and refuses a bad regex', { timeout: 60_000 }, async () => {
    const spool = new LogSpool({ folder, limitBytes: 1 << 30, segmentBytes: 256 * 1024 });
    spool.append('stdout', numbered(0, 50_000));
    spool.append('stderr', `${ts(1)} \x1b[31mLine\x1b[0m red ERROR\n`);
    const plain = await searchAll(spool, query('line 0000042'));
    expect(plain.last.matches).toBe(1);
    expect(plain.last.firstMatch).toBe(42);
    const regex = await searchAll(spool, query('^line 00000[0-4]\\d$', { regex: true }));
    expect(regex.last.matches).toBe(50);
    const cased = await searchAll(spool, query('Line red', { matchCase: true }));
    expect(cased.last.matches).toBe(1);
    const errOnly = await searchAll(spool, query('line', { streams: { stdout: false, stderr: true } }));
    expect(errOnly.last.matches).toBe(1);
    expect(errOnly.search.matches.at(0)).toBe(50_000);
    expect(() => new SpoolSearch('x', spool, query('(', { regex: true }), () => undefined)).toThrow(
      /Not a valid regular expression/,
    );
    // Goes on over new lines.
    spool.append('stdout', `${ts(2)} line 0000042 again\n`);
    plain.search.wake();
    for (let i = 0; i < 100 && plain.search.progress.matches < 2; i++)
      await new Promise((r) => setTimeout(r, 5));
    expect(plain.search.progress.matches).toBe(2);
    spool.dispose();
  });

  it('groups matches with context into rows', () => {
    const list = new MatchList();
    for (const n of [5, 7, 20, 100]) list.push(n);
    const rows = new MatchRows(2, 0);
    rows.update(list, 101);
    // 3..9, 18..22, 98..101
    expect(rows.rows).toBe(7 + 5 + 4);
    expect(rows.lineAt(0)).toEqual({ line: 3, gap: false });
    expect(rows.lineAt(7)).toEqual({ line: 18, gap: true });
    expect(rows.lineAt(15)).toEqual({ line: 101, gap: false });
    expect(rows.rowOf(20)).toBe(9);
    expect(list.step(7, 'next', 0)).toBe(20);
    expect(list.step(7, 'previous', 0)).toBe(5);
    expect(list.step(100, 'next', 0)).toBeNull();
  });
});
