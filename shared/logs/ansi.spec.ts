import { describe, expect, it } from 'vitest';
import { parseAnsi } from './ansi.js';

describe('parseAnsi', () => {
  it('keeps plain text whole', () => {
    expect(parseAnsi('hello <b>')).toEqual([{ text: 'hello <b>', style: {} }]);
  });

  it('reads palette, bright, 256 and true colours, styles and resets', () => {
    const spans = parseAnsi('a\x1b[1;31mred\x1b[0m b \x1b[38;5;196mx\x1b[48;2;1;2;3my\x1b[39mz\x1b[92mg');
    expect(spans).toEqual([
      { text: 'a', style: {} },
      { text: 'red', style: { bold: true, fg: 1 } },
      { text: ' b ', style: {} },
      { text: 'x', style: { fg: '#ff0000' } },
      { text: 'y', style: { fg: '#ff0000', bg: '#010203' } },
      { text: 'z', style: { bg: '#010203' } },
      { text: 'g', style: { bg: '#010203', fg: 10 } },
    ]);
  });
});
