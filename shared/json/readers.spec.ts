import { describe, expect, it } from 'vitest';
import { isRecord, list, num, obj, str } from './readers.js';

describe('JSON readers', () => {
  it('isRecord accepts plain objects only', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    for (const value of [null, undefined, [], 'x', 1, true]) expect(isRecord(value)).toBe(false);
  });

  it('obj returns the object itself, or {} for anything else', () => {
    const value = { Id: 'abc' };
    expect(obj(value)).toBe(value);
    for (const odd of [null, undefined, [1], 'x', 3]) expect(obj(odd)).toEqual({});
  });

  it('num keeps finite numbers and reads everything else as 0', () => {
    expect(num(42)).toBe(42);
    expect(num(-1.5)).toBe(-1.5);
    for (const odd of [NaN, Infinity, -Infinity, '7', null, undefined, {}]) expect(num(odd)).toBe(0);
  });

  it("str keeps strings and reads everything else as ''", () => {
    expect(str('busybox')).toBe('busybox');
    expect(str('')).toBe('');
    for (const odd of [null, undefined, 1, {}, ['a']]) expect(str(odd)).toBe('');
  });

  it('list keeps arrays and reads everything else as []', () => {
    const value = [1, 'a'];
    expect(list(value)).toBe(value);
    for (const odd of [null, undefined, {}, 'ab', 2]) expect(list(odd)).toEqual([]);
  });

  it('reads nested engine JSON without throwing on missing levels', () => {
    const sample: unknown = { cpu_stats: { cpu_usage: { total_usage: 200 } } };
    expect(num(obj(obj(obj(sample).cpu_stats).cpu_usage).total_usage)).toBe(200);
    expect(num(obj(obj(obj(undefined).cpu_stats).cpu_usage).total_usage)).toBe(0);
  });
});
