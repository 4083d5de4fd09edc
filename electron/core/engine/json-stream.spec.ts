import { describe, expect, it } from 'vitest';
import { JsonStreamParser } from './json-stream.js';

const parse = (chunks: (string | Uint8Array)[]) => {
  const values: unknown[] = [];
  const garbage: string[] = [];
  const parser = new JsonStreamParser(
    (v) => values.push(v),
    (g) => garbage.push(g),
  );
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return { values, garbage };
};

describe('JsonStreamParser', () => {
  it('reads newline-delimited values split anywhere', () => {
    expect(parse(['{"a":', '1}\n{"b"', ':"x}y"}\n']).values).toEqual([{ a: 1 }, { b: 'x}y' }]);
  });

  it('reads concatenated values with no separator, braces inside strings included', () => {
    expect(parse(['{"s":"{\\"q\\""}{"n":2}[1,{"m":3}]']).values).toEqual([
      { s: '{"q"' },
      { n: 2 },
      [1, { m: 3 }],
    ]);
  });

  it('keeps multi-byte characters split across chunks intact', () => {
    const bytes = new TextEncoder().encode('{"e":"日本🐳"}\n');
    expect(parse([bytes.slice(0, 9), bytes.slice(9, 12), bytes.slice(12)]).values).toEqual([{ e: '日本🐳' }]);
  });

  it('reports garbage and a truncated tail instead of throwing', () => {
    const { values, garbage } = parse(['oops\n{"ok":true}{"cut":']);
    expect(values).toEqual([{ ok: true }]);
    expect(garbage).toEqual(['oops', '{"cut":']);
  });
});
