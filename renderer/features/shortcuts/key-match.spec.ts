import { describe, expect, it } from 'vitest';
import { isPaletteKey, isPlainKey, type KeyPress } from './key-match.js';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: null,
  ...mods,
});

describe('shortcut keys', () => {
  it('opens the palette with Ctrl+K or Cmd+K, not with K or Alt+Ctrl+K', () => {
    expect(isPaletteKey(press('k', { ctrlKey: true }))).toBe(true);
    expect(isPaletteKey(press('K', { metaKey: true }))).toBe(true);
    expect(isPaletteKey(press('k'))).toBe(false);
    expect(isPaletteKey(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('takes a plain key only without modifiers', () => {
    expect(isPlainKey(press('?'), '?')).toBe(true);
    expect(isPlainKey(press('?', { ctrlKey: true }), '?')).toBe(false);
    expect(isPlainKey(press('n'), '?')).toBe(false);
  });
});
