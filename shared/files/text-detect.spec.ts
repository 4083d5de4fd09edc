import { describe, expect, it } from 'vitest';
import { looksBinary } from './text-detect.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
/** UTF-8 of the strings below, spelled out (shared/ has no TextEncoder typings). */
const UTF8: Readonly<Record<string, readonly number[]>> = {
  'café 漢字 🚢': [99, 97, 102, 195, 169, 32, 230, 188, 162, 229, 173, 151, 32, 240, 159, 154, 162],
  ab漢: [97, 98, 230, 188, 162],
};
const utf8 = (text: string): Uint8Array =>
  new Uint8Array(UTF8[text] ?? Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));

describe('text or binary', () => {
  it('takes ASCII and valid UTF-8 (accents, CJK, emoji) as text', () => {
    expect(looksBinary(utf8('hello\nworld\t\r\n'))).toBe(false);
    expect(looksBinary(utf8('café 漢字 🚢'))).toBe(false);
    expect(looksBinary(bytes())).toBe(false);
  });

  it('takes NUL bytes and invalid UTF-8 as binary', () => {
    expect(looksBinary(bytes(0x61, 0x00, 0x62))).toBe(true);
    expect(looksBinary(bytes(0xff, 0xfe))).toBe(true);
    expect(looksBinary(bytes(0x80))).toBe(true);
    expect(looksBinary(bytes(0xc3, 0x28))).toBe(true);
    // Overlong encodings and UTF-16 surrogates are not UTF-8.
    expect(looksBinary(bytes(0xc0, 0xaf))).toBe(true);
    expect(looksBinary(bytes(0xe0, 0x80, 0xaf))).toBe(true);
    expect(looksBinary(bytes(0xed, 0xa0, 0x80))).toBe(true);
    expect(looksBinary(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(true);
  });

  it('forgives a character cut by the preview cap, but not a file that ends mid-character', () => {
    const cut = utf8('ab漢').slice(0, 4);
    expect(looksBinary(cut, true)).toBe(false);
    expect(looksBinary(cut, false)).toBe(true);
  });
});
