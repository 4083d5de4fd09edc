import { describe, expect, it } from 'vitest';
import { OutputTail } from './compose-process.js';

describe('OutputTail', () => {
  it('keeps the last non-empty lines across chunk boundaries', () => {
    const tail = new OutputTail();
    tail.push('Creating net');
    tail.push('work ... done\r\n\nERROR: for web  Cannot start');
    tail.push(' service web: oops\n');
    expect(tail.text()).toBe('Creating network ... done\nERROR: for web  Cannot start service web: oops');
  });

  it('is bounded in lines and line length, and includes an unterminated last line', () => {
    const tail = new OutputTail();
    for (let i = 0; i < 100; i++) tail.push(`line ${i}\n`);
    tail.push('x'.repeat(2000));
    const lines = tail.text().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('line 93');
    expect(lines.at(-1)?.length).toBeLessThanOrEqual(501);
  });
});
