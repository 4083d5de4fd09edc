import { describe, expect, it } from 'vitest';
import { parseKeyValueLines } from './key-value-lines.js';

describe('parseKeyValueLines', () => {
  it('reads key=value lines, skipping blanks; values may hold "="', () => {
    expect(parseKeyValueLines('a=1\n\n b = x=y \nflag\n')).toEqual({
      ok: true,
      values: { a: '1', b: 'x=y', flag: '' },
    });
  });
  it('keeps __proto__ as a plain key', () => {
    const r = parseKeyValueLines('__proto__=x');
    expect(r.ok && Object.keys(r.values)).toEqual(['__proto__']);
  });
  it.each([
    ['=v', /key before "=" is missing/],
    ['a b=1', /contains a space/],
    ['a=1\na=2', /given twice/],
    [Array.from({ length: 65 }, (_, i) => `k${i}=v`).join('\n'), /At most 64/],
  ])('refuses %j', (text, message) => {
    const r = parseKeyValueLines(text);
    expect(!r.ok && r.error).toMatch(message);
  });
});
