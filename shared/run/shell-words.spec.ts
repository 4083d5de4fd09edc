import { describe, expect, it } from 'vitest';
import { shellQuote, splitShellWords } from './shell-words.js';

describe('splitShellWords', () => {
  it.each([
    ['', []],
    ['  sleep   3600 ', ['sleep', '3600']],
    [`sh -c 'echo "a b"; exit 3'`, ['sh', '-c', 'echo "a b"; exit 3']],
    [`echo "it's \\"quoted\\" \\$HOME \\n"`, ['echo', `it's "quoted" $HOME \\n`]],
    [`a\\ b c`, ['a b', 'c']],
    [`''`, ['']],
    [`x''y "" z`, ['xy', '', 'z']],
    [`tab\tand\nnewline`, ['tab', 'and', 'newline']],
    [`über 日本`, ['über', '日本']],
  ])('splits %j', (text, words) => {
    expect(splitShellWords(text)).toEqual({ ok: true, words });
  });

  it.each([[`'open`], [`"open`], [`trailing\\`]])('refuses %j', (text) => {
    expect(splitShellWords(text).ok).toBe(false);
  });
});

describe('shellQuote', () => {
  it('leaves safe words alone and quotes the rest', () => {
    expect(shellQuote('berth-test/busybox:latest')).toBe('berth-test/busybox:latest');
    expect(shellQuote('A=1')).toBe('A=1');
    expect(shellQuote('')).toBe(`''`);
    expect(shellQuote('a b')).toBe(`'a b'`);
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
    expect(shellQuote('$HOME')).toBe(`'$HOME'`);
  });
});
