import { describe, expect, it } from 'vitest';
import { LogRecord } from './log-record.js';

describe('log record', () => {
  it('joins a flood of small pieces into a few strings and keeps their order', () => {
    const record = new LogRecord(1000, 10);
    for (let i = 0; i < 25; i++) record.push(`${String(i % 10)}\n`);
    const parts = record.blobParts();
    expect(parts.length).toBeLessThanOrEqual(5);
    expect(parts.join('')).toBe(Array.from({ length: 25 }, (_, i) => `${String(i % 10)}\n`).join(''));
    expect(record.length).toBe(50);
  });

  it('lets the oldest text go past its bound and says how much in the saved text', () => {
    const record = new LogRecord(80, 10);
    for (let i = 0; i < 40; i++) record.push('abcde');
    expect(record.dropped).toBeGreaterThan(0);
    expect(record.length).toBeLessThanOrEqual(90);
    const [first, ...rest] = record.blobParts();
    expect(first).toBe(`[Berth: ${String(record.dropped)} earlier characters are not in this file]\n`);
    expect(rest.join('')).toMatch(/^(abcde)+$/);
    record.clear();
    expect(record.blobParts()).toEqual([]);
  });
});
