import { describe, expect, it } from 'vitest';
import { formatCpus, formatMemory, parseCpus, parseMemory } from './units.js';

describe('memory units', () => {
  it.each([
    ['1024', 1024],
    ['1k', 1024],
    ['1K', 1024],
    ['1kb', 1024],
    ['512m', 512 * 1024 ** 2],
    ['512MiB', 512 * 1024 ** 2],
    ['1.5g', 1.5 * 1024 ** 3],
    ['2 G', 2 * 1024 ** 3],
    ['7b', 7],
    ['1t', 1024 ** 4],
    ['1e3', 1000],
    ['.5g', 512 * 1024 ** 2],
  ])('reads %j', (text, bytes) => {
    expect(parseMemory(text)).toBe(bytes);
  });

  it.each([[''], ['m'], ['12x'], ['-1m'], ['1.2.3m'], ['1ib'], ['5bb'], [' 1m'], ['32P']])(
    'refuses %j',
    (text) => {
      expect(parseMemory(text)).toBeNull();
    },
  );

  it('formats exactly and round-trips', () => {
    for (const bytes of [1024 ** 3, 256 * 1024 ** 2, 1536 * 1024, 1000]) {
      expect(parseMemory(formatMemory(bytes))).toBe(bytes);
    }
    expect(formatMemory(256 * 1024 ** 2)).toBe('256m');
    expect(formatMemory(3 * 1024 ** 3)).toBe('3g');
  });
});

describe('cpus', () => {
  it('reads decimals as nano-CPUs and refuses the rest', () => {
    expect(parseCpus('0.5')).toBe(500_000_000);
    expect(parseCpus('.25')).toBe(250_000_000);
    expect(parseCpus('2')).toBe(2e9);
    for (const bad of ['', '0', '-1', 'one', '1,5', '1e3']) expect(parseCpus(bad)).toBeNull();
    expect(formatCpus(1_500_000_000)).toBe('1.5');
  });
});
