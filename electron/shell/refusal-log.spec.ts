import { describe, expect, it } from 'vitest';
import { MAX_DETAIL_LENGTH, createRefusalLog, printable } from './refusal-log.js';

const setup = (maxPerInterval = 2) => {
  const lines: string[] = [];
  let time = 0;
  const log = createRefusalLog({
    write: (line) => lines.push(line),
    now: () => time,
    maxPerInterval,
    intervalMs: 1000,
  });
  return {
    lines,
    log,
    advance: (ms: number) => {
      time += ms;
    },
  };
};

describe('createRefusalLog', () => {
  it('logs each refusal with where it came from, why, and the detail', () => {
    const { lines, log } = setup();
    log('ipc', 'sub-frame');
    log('security', 'navigation', 'https://example.com/');
    expect(lines).toEqual([
      'Berth refused ipc/sub-frame',
      'Berth refused security/navigation: https://example.com/',
    ]);
  });

  it('logs a kind at most N times per interval, then says how many it held back', () => {
    const { lines, log, advance } = setup(2);
    for (let i = 0; i < 50; i++) log('ipc', 'foreign-origin');
    // Another kind is limited on its own.
    log('ipc', 'sub-frame');
    expect(lines).toEqual([
      'Berth refused ipc/foreign-origin',
      'Berth refused ipc/foreign-origin',
      'Berth refused ipc/sub-frame',
    ]);
    advance(1000);
    log('ipc', 'foreign-origin');
    expect(lines.slice(3)).toEqual([
      'Berth refused ipc/foreign-origin 48 more time(s) (not logged)',
      'Berth refused ipc/foreign-origin',
    ]);
  });

  it('flush reports what is still held back, once', () => {
    const { lines, log } = setup(1);
    log('security', 'window-open', 'a');
    log('security', 'window-open', 'b');
    log('security', 'window-open', 'c');
    log.flush();
    log.flush();
    expect(lines).toEqual([
      'Berth refused security/window-open: a',
      'Berth refused security/window-open 2 more time(s) (not logged)',
    ]);
  });

  it('keeps page-supplied text on one line and bounded', () => {
    const { lines, log } = setup();
    log('security', 'navigation', 'https://x.example/\nBerth refused nothing\u001b[31m');
    expect(lines).toEqual([
      'Berth refused security/navigation: https://x.example/\\u000aBerth refused nothing\\u001b[31m',
    ]);
    expect(printable('a'.repeat(10_000))).toHaveLength(MAX_DETAIL_LENGTH);
  });
});
