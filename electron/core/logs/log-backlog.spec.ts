import { describe, expect, it } from 'vitest';
import { LogBacklog } from './log-backlog.js';

/** One piece of `n` numbered lines starting at `from`. */
const piece = (from: number, n: number): string =>
  Array.from({ length: n }, (_, i) => `${from + i}\n`).join('');

const drain = (backlog: LogBacklog): string => {
  let text = '';
  for (let p = backlog.shift(); p; p = backlog.shift()) text += p.text;
  return text;
};

describe('LogBacklog', () => {
  it('keeps everything while it holds fewer lines than it keeps', () => {
    const backlog = new LogBacklog(1000);
    backlog.push('stdout', piece(1, 400));
    backlog.push('stderr', piece(401, 500));
    expect(backlog.lines).toBe(900);
    expect(backlog.overrun).toBe(false);
    expect(backlog.takeSkipped()).toBe(0);
    expect(backlog.shift()?.stream).toBe('stdout');
    expect(backlog.shift()?.stream).toBe('stderr');
    expect(backlog.isEmpty).toBe(true);
  });

  it('lets whole oldest pieces go once the newest `keep` lines are held, and counts them', () => {
    const backlog = new LogBacklog(1000);
    for (let i = 0; i < 10; i++) backlog.push('stdout', piece(1 + i * 300, 300));
    // 3000 lines arrived; the newest 1000 need the last four pieces (1200 lines).
    expect(backlog.lines).toBe(1200);
    expect(backlog.takeSkipped()).toBe(1800);
    expect(backlog.takeSkipped()).toBe(0);
    expect(backlog.overrun).toBe(true);
    const text = drain(backlog);
    expect(text.startsWith('1801\n')).toBe(true);
    expect(text.endsWith('3000\n')).toBe(true);
    expect(backlog.overrun).toBe(false);
    expect(backlog.chars).toBe(0);
  });

  it('counts an unfinished last line, and never lets go of the newest piece', () => {
    const backlog = new LogBacklog(1000);
    backlog.push('stdout', 'no newline');
    expect(backlog.lines).toBe(1);
    backlog.push('stdout', piece(1, 5000));
    expect(backlog.lines).toBe(5000);
    expect(backlog.takeSkipped()).toBe(1);
    expect(backlog.chars).toBe(piece(1, 5000).length);
  });

  it('ignores empty text', () => {
    const backlog = new LogBacklog(1000);
    backlog.push('stdout', '');
    expect(backlog.isEmpty).toBe(true);
  });
});
