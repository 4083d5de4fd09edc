import { describe, expect, it } from 'vitest';
import { hasInvisible, invisibleParts, needsIsolation, revealInvisible } from './invisible-chars.js';

const EVERY = [
  0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2066,
  0x2067, 0x2068, 0x2069, 0xfeff,
];

describe('invisible characters', () => {
  it('makes a right-to-left override visible, so the name reads as it is', () => {
    expect(revealInvisible('evil\u202etxt.exe')).toBe('evil⟨U+202E⟩txt.exe');
    expect(revealInvisible('ad\u200bmin')).toBe('ad⟨U+200B⟩min');
  });

  it('marks every bidi control and zero-width character, and nothing else', () => {
    for (const code of EVERY) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(hasInvisible(text)).toBe(true);
      expect(revealInvisible(text)).toMatch(/^a⟨U\+[0-9A-F]{4}⟩b$/);
    }
    const plain = 'web-1 שלום مرحبا 日本 🙂 café\u00e9';
    expect(hasInvisible(plain)).toBe(false);
    expect(revealInvisible(plain)).toBe(plain);
  });

  it('isolates text with hidden characters or right-to-left letters only', () => {
    expect(needsIsolation('web-1 café 日本')).toBe(false);
    expect(needsIsolation('a\u200bb')).toBe(true);
    expect(needsIsolation('שלום')).toBe(true);
    expect(needsIsolation('مرحبا')).toBe(true);
  });

  it('cuts text into plain runs and named hidden characters', () => {
    expect(invisibleParts('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
    expect(invisibleParts('\u202eab\u200b\u200bc')).toEqual([
      { kind: 'hidden', code: 0x202e, marker: '⟨U+202E⟩', name: 'right-to-left override' },
      { kind: 'text', text: 'ab' },
      { kind: 'hidden', code: 0x200b, marker: '⟨U+200B⟩', name: 'zero width space' },
      { kind: 'hidden', code: 0x200b, marker: '⟨U+200B⟩', name: 'zero width space' },
      { kind: 'text', text: 'c' },
    ]);
  });
});
