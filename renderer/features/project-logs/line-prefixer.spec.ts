import { describe, expect, it } from 'vitest';
import { createLinePrefixer } from './line-prefixer.js';

const P = '[a] ';
const Q = '[b] ';

describe('line prefixer', () => {
  it('leads every complete line with the prefix', () => {
    const prefixer = createLinePrefixer();
    expect(prefixer.format('a', P, { stream: 'stdout', text: 'one\ntwo\n' })).toBe('[a] one\n[a] two\n');
  });

  it('holds a partial line until its newline, per container', () => {
    const prefixer = createLinePrefixer();
    expect(prefixer.format('a', P, { stream: 'stdout', text: 'hel' })).toBe('');
    expect(prefixer.format('b', Q, { stream: 'stdout', text: 'other\n' })).toBe('[b] other\n');
    expect(prefixer.format('a', P, { stream: 'stdout', text: 'lo\nnext' })).toBe('[a] hello\n');
    expect(prefixer.format('a', P, { stream: 'stdout', text: '\n' })).toBe('[a] next\n');
  });

  it('keeps stdout and stderr partials apart and draws stderr red after the prefix', () => {
    const prefixer = createLinePrefixer();
    expect(prefixer.format('a', P, { stream: 'stdout', text: 'out' })).toBe('');
    expect(prefixer.format('a', P, { stream: 'stderr', text: 'err\n' })).toBe('[a] \x1b[31merr\x1b[39m\n');
    expect(prefixer.format('a', P, { stream: 'stdout', text: '!\n' })).toBe('[a] out!\n');
  });

  it('shows system notes dim with the prefix, without breaking a held line', () => {
    const prefixer = createLinePrefixer();
    prefixer.format('a', P, { stream: 'stdout', text: 'half' });
    expect(prefixer.format('a', P, { stream: 'system', text: 'container stopped\n' })).toBe(
      '[a] \x1b[3mcontainer stopped\x1b[23m\n',
    );
    expect(prefixer.format('a', P, { stream: 'stdout', text: ' done\n' })).toBe('[a] half done\n');
  });

  it('drops a carriage return before the newline', () => {
    const prefixer = createLinePrefixer();
    expect(prefixer.format('a', P, { stream: 'stdout', text: 'crlf\r\n' })).toBe('[a] crlf\n');
  });

  it('lets a very long partial line out as a line of its own', () => {
    const prefixer = createLinePrefixer(4);
    expect(prefixer.format('a', P, { stream: 'stdout', text: 'abcdef' })).toBe('[a] abcdef\n');
    expect(prefixer.format('a', P, { stream: 'stdout', text: 'g\n' })).toBe('[a] g\n');
  });

  it('flushes what a leaving container held, once', () => {
    const prefixer = createLinePrefixer();
    prefixer.format('a', P, { stream: 'stdout', text: 'tail' });
    expect(prefixer.flush('a', P)).toBe('[a] tail\n');
    expect(prefixer.flush('a', P)).toBe('');
  });

  it('ignores empty chunks', () => {
    expect(createLinePrefixer().format('a', P, { stream: 'stdout', text: '' })).toBe('');
  });
});
