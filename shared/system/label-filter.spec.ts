import { describe, expect, it } from 'vitest';
import { engineLabelFilter, matchesLabel, parseLabelFilter } from './label-filter.js';

describe('label filter', () => {
  it('parses key and key=value (values may hold "=")', () => {
    expect(parseLabelFilter('berth.test')).toEqual({ key: 'berth.test' });
    expect(parseLabelFilter('a=b=c')).toEqual({ key: 'a', value: 'b=c' });
    expect(parseLabelFilter('a=')).toEqual({ key: 'a', value: '' });
  });
  it.each(['', '=x', ' a', 'a b=1', 'a\u0000=1', 'k=\n'])('refuses %j', (text) => {
    expect(parseLabelFilter(text)).toBeNull();
  });
  it('matches present keys and exact values only', () => {
    const labels = { 'berth.test': 'me', other: '' };
    expect(matchesLabel(labels, { key: 'berth.test' })).toBe(true);
    expect(matchesLabel(labels, { key: 'berth.test', value: 'me' })).toBe(true);
    expect(matchesLabel(labels, { key: 'berth.test', value: 'm' })).toBe(false);
    expect(matchesLabel(labels, { key: 'missing' })).toBe(false);
    expect(matchesLabel(labels, { key: 'toString' })).toBe(false);
    expect(matchesLabel(null, { key: 'x' })).toBe(false);
    expect(matchesLabel(null, null)).toBe(true);
    expect(engineLabelFilter({ key: 'a', value: 'b' })).toEqual(['a=b']);
  });
});
