import { describe, expect, it } from 'vitest';
import { ControlFilter } from './control-filter.js';

const ESC = '\x1b';
const run = (...pieces: string[]): string => {
  const filter = new ControlFilter();
  return pieces.map((p) => filter.filter(p)).join('');
};
/** Every way of cutting `text` in two gives the same result as one piece. */
const everySplit = (text: string): string[] => {
  const results: string[] = [];
  for (let i = 0; i <= text.length; i++) results.push(run(text.slice(0, i), text.slice(i)));
  return results;
};

describe('ControlFilter', () => {
  it('hands plain text on as the same string (the fast path)', () => {
    const text = 'line 1\tcol\nline 2 — ünïcödé 日本 🙂\n';
    const filter = new ControlFilter();
    expect(filter.filter(text)).toBe(text);
  });

  it('keeps colours and styles', () => {
    const text = `${ESC}[31mred${ESC}[0m ${ESC}[1;4mbold${ESC}[m ${ESC}[38;2;255;0;0mtrue${ESC}[38:5:208mcolon${ESC}[39m\n`;
    expect(run(text)).toBe(text);
  });

  it('drops screen clearing, cursor movement and erasing', () => {
    const text = `one\n${ESC}[2J${ESC}[Htwo\n${ESC}[1A${ESC}[2Kthree${ESC}[10;5H${ESC}[0K\n${ESC}[3J${ESC}[5D${ESC}[2;20r${ESC}[S`;
    expect(run(text)).toBe('one\ntwo\nthree\n');
  });

  it('drops modes, private sequences and SGR look-alikes that are not SGR', () => {
    expect(run(`a${ESC}[?1049h${ESC}[?25l${ESC}[>4;1m${ESC}[1 mb${ESC}[?1049l`)).toBe('ab');
  });

  it('drops two-byte escapes: reset, save/restore cursor, reverse index, charsets', () => {
    expect(run(`a${ESC}c${ESC}7${ESC}8${ESC}M${ESC}D${ESC}(0${ESC}#8b`)).toBe('ab');
  });

  it('drops OSC (titles, hyperlinks) but keeps the link text', () => {
    const link = `${ESC}]8;;https://example.com${ESC}\\click${ESC}]8;;${ESC}\\`;
    expect(run(`${ESC}]0;pwned\x07a ${link} b\n`)).toBe('a click b\n');
    expect(run(`x${ESC}P1$r${ESC}\\y${ESC}_apc\x07z`)).toBe('xyz');
  });

  it('ends an unterminated string sequence at the end of the line', () => {
    expect(run(`a${ESC}]0;never ends\nnext line\n`)).toBe('a\nnext line\n');
  });

  it('turns a lone carriage return into a line break and keeps CRLF', () => {
    expect(run('10%\r20%\r30%\r\ndone\r\n')).toBe('10%\n20%\n30%\r\ndone\r\n');
    expect(run('a\r', '\nb')).toBe('a\r\nb');
    expect(run('a\r', 'b')).toBe('a\nb');
    expect(run('a\r', '\r', 'b\r\r\n')).toBe('a\n\nb\n\r\n');
    expect(run('a\r', '', '\nb')).toBe('a\r\nb');
  });

  it('shows other controls instead of obeying them', () => {
    expect(run('abc\b\bX\0\x0e\x7f\n')).toBe('abc\u2408\u2408X\u2400\u240e\u2421\n');
    // C1 controls: U+009B is an 8-bit CSI to a terminal.
    expect(run('a\u009b2Jb\u009d0;t\u0007c')).toBe('a\uFFFD2Jb\uFFFD0;t\u2407c');
  });

  it('handles every split of an escape across chunks', () => {
    const text = `one${ESC}[31mred${ESC}[0m\r\n${ESC}[2J${ESC}[1A${ESC}]8;;u${ESC}\\t${ESC}]8;;${ESC}\\${ESC}c\ntwo\n`;
    const whole = run(text);
    expect(whole).toBe(`one${ESC}[31mred${ESC}[0m\r\nt\ntwo\n`);
    for (const result of everySplit(text)) expect(result).toBe(whole);
  });

  it('handles a sequence cut into single characters', () => {
    const text = `a${ESC}[1;31mb${ESC}[2Kc${ESC}]2;x\x07d`;
    expect(run(...text.split(''))).toBe(`a${ESC}[1;31mbcd`);
  });

  it('abandons a broken or overlong CSI and shows what followed', () => {
    expect(run(`a${ESC}[12\nb`)).toBe('a\nb');
    const long = '1'.repeat(300);
    expect(run(`${ESC}[${long}m`)).toBe(`${'1'.repeat(300 - 256)}m`);
  });
});
