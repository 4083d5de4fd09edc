import { describe, expect, it } from 'vitest';
import { RingBuffer } from './ring-buffer.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { compactCpu, formatPercent, statsText } from './stats-format.js';

describe('ring buffer', () => {
  it('keeps the last `capacity` items, oldest first', () => {
    const ring = new RingBuffer<number>(3);
    expect(ring.toArray()).toEqual([]);
    expect(ring.last()).toBeUndefined();
    ring.push(1);
    ring.push(2);
    expect(ring.toArray()).toEqual([1, 2]);
    ring.push(3);
    ring.push(4);
    ring.push(5);
    expect(ring.toArray()).toEqual([3, 4, 5]);
    expect(ring.size).toBe(3);
    expect(ring.at(0)).toBe(3);
    expect(ring.at(3)).toBeUndefined();
    expect(ring.last()).toBe(5);
    ring.clear();
    expect(ring.size).toBe(0);
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new RingBuffer(0)).toThrow(RangeError);
  });
});

describe('stats format', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(200 * 1024 * 1024)).toBe('200 MiB');
    expect(formatBytes(-1)).toBe('—');
  });

  it('formats percentages; no reading yet is a dash', () => {
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(3.14159)).toBe('3.1%');
    expect(formatPercent(250.4)).toBe('250%');
  });

  it('describes a sample as text', () => {
    const sample = {
      at: 0,
      cpuPercent: 12.5,
      memoryUsage: 64 * 1024 * 1024,
      memoryLimit: 2 * 1024 * 1024 * 1024,
      memoryPercent: 3.125,
      networkRx: 2048,
      networkTx: 512,
      blockRead: 0,
      blockWrite: 4096,
      pids: 3,
    };
    expect(statsText(sample)).toEqual({
      cpu: '12.5%',
      memory: '64.0 MiB / 2.0 GiB',
      memoryPercent: '3.1%',
      network: '2.0 KiB received / 512 B sent',
      block: '0 B read / 4.0 KiB written',
      pids: '3',
    });
    expect(compactCpu(undefined)).toBe('');
  });
});
