import { describe, expect, it } from 'vitest';
import type { LogStream, MessageHandler } from './log-messages.js';
import { compareTimestamps, ResumeCursor, sinceParam, splitAt } from './resume-cursor.js';

type Message = readonly [LogStream, string | null, string];

const T1 = '2026-11-27T22:44:50.042607025Z';
const T2 = '2026-11-27T22:44:50.042607026Z';
const T3 = '2026-11-27T22:44:51.000000000Z';

const recorder = (): MessageHandler & { readonly out: string[] } => {
  const out: string[] = [];
  return {
    out,
    begin: (stream, ts) => out.push(`[${stream} ${ts ?? '-'}]`),
    content: (_stream, bytes) => out.push(bytes.toString('utf8')),
  };
};

const feed = (cursor: ResumeCursor, messages: readonly Message[]): void => {
  for (const [stream, ts, text] of messages) {
    cursor.begin(stream, ts);
    cursor.content(stream, Buffer.from(text));
  }
};

describe('ResumeCursor', () => {
  it('turns a timestamp into the `since` the engine takes (seconds with nanoseconds)', () => {
    expect(sinceParam(T1)).toBe('1795819490.042607025');
    expect(sinceParam('2026-11-27T23:44:50.5+01:00')).toBe('1795819490.500000000');
    expect(sinceParam('not a time')).toBeNull();
  });

  it('orders timestamps by time, also across offsets and precisions', () => {
    expect(compareTimestamps(T1, T2)).toBe(-1);
    expect(compareTimestamps(T3, T2)).toBe(1);
    expect(compareTimestamps('2026-11-27T23:44:51+01:00', T3)).toBe(0);
  });

  it('after a reopen, skips what was delivered (since is inclusive) and passes what is new', () => {
    const out = recorder();
    const cursor = new ResumeCursor(out);
    feed(cursor, [
      ['stdout', T1, 'a\n'],
      ['stderr', T2, 'b\n'],
    ]);
    expect(cursor.since).toBe('1795819490.042607026');
    cursor.startReplay();
    out.out.length = 0;
    feed(cursor, [
      ['stdout', T1, 'a\n'],
      ['stderr', T2, 'b\n'],
      ['stdout', T3, 'c\n'],
    ]);
    expect(out.out).toEqual([`[stdout ${T3}]`, 'c\n']);
  });

  it('tells apart messages sharing one timestamp (the parts of a long line)', () => {
    const out = recorder();
    const cursor = new ResumeCursor(out);
    feed(cursor, [
      ['stdout', T1, 'part1'],
      ['stdout', T1, 'part2'],
    ]);
    cursor.startReplay();
    out.out.length = 0;
    feed(cursor, [
      ['stdout', T1, 'part1'],
      ['stdout', T1, 'part2'],
      ['stdout', T1, 'part3\n'],
      ['stdout', T2, 'next\n'],
    ]);
    expect(out.out).toEqual([`[stdout ${T1}]`, 'part3\n', `[stdout ${T2}]`, 'next\n']);
  });

  it('continues a message that was cut off mid-way after the bytes already shown', () => {
    const out = recorder();
    const cursor = new ResumeCursor(out);
    cursor.begin('stdout', T1);
    cursor.content('stdout', Buffer.from('hello wo'));
    cursor.startReplay();
    out.out.length = 0;
    feed(cursor, [
      ['stdout', T1, 'hello world\n'],
      ['stdout', T2, 'more\n'],
    ]);
    expect(out.out).toEqual(['rld\n', `[stdout ${T2}]`, 'more\n']);
  });

  it('passes unstamped engine errors through', () => {
    const out = recorder();
    const cursor = new ResumeCursor(out);
    feed(cursor, [['stdout', T2, 'x\n']]);
    cursor.startReplay();
    feed(cursor, [['system', null, 'Error grabbing logs\n']]);
    expect(out.out.slice(-2)).toEqual(['[system -]', 'Error grabbing logs\n']);
    expect(cursor.since).toBe('1795819490.042607026');
  });

  it('splits a history at an instant: `until` its last nanosecond, `since` the next', () => {
    expect(splitAt(Date.UTC(2026, 10, 27, 22, 44, 50, 42))).toEqual({
      until: '1795819490.042999999',
      since: '1795819490.043000000',
    });
  });

  it('counts the messages of an untimed body and, reopened, skips exactly those', () => {
    const out = recorder();
    const cursor = new ResumeCursor(out);
    cursor.setTimed(false);
    feed(cursor, [
      ['stdout', null, '12 apples\n'],
      ['stderr', null, 'b\n'],
    ]);
    cursor.begin('stdout', null);
    cursor.content('stdout', Buffer.from('hal'));
    // The body was cut: nothing to resume from by time.
    expect(cursor.since).toBeNull();
    cursor.startReplay();
    out.out.length = 0;
    feed(cursor, [
      ['stdout', null, '12 apples\n'],
      ['stderr', null, 'b\n'],
      ['stdout', null, 'half\n'],
      ['stdout', null, 'new\n'],
    ]);
    expect(out.out).toEqual(['f\n', '[stdout -]', 'new\n']);
  });

  it('after an untimed body ends, resumes from the split and passes engine errors uncounted', () => {
    const out = recorder();
    const cursor = new ResumeCursor(out);
    cursor.setTimed(false);
    feed(cursor, [
      ['stdout', null, 'a\n'],
      ['system', null, 'Error grabbing logs\n'],
    ]);
    cursor.closeUntimed('1795819490.043000000');
    expect(cursor.since).toBe('1795819490.043000000');
    cursor.setTimed(true);
    cursor.startReplay();
    out.out.length = 0;
    feed(cursor, [['stdout', T3, 'c\n']]);
    expect(out.out).toEqual([`[stdout ${T3}]`, 'c\n']);
    expect(cursor.since).toBe('1795819491.000000000');
  });
});
