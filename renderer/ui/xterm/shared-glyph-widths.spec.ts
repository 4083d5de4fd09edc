import type { Terminal } from '@xterm/xterm';
import { describe, expect, it } from 'vitest';
import { shareGlyphWidths } from './shared-glyph-widths.js';

const UNMEASURED = -9999;

/** The shape of xterm 6.0's width cache and char size service, measuring by counting calls. */
const fakeTerminal = (cellWidth = 7.8) => {
  const cache = {
    _flat: new Float32Array(256).fill(UNMEASURED),
    _holey: new Map<string, number>(),
    _font: 'monospace',
    _fontSize: 13,
    _weight: 'normal',
    _weightBold: 'bold',
    measured: 0,
    clear() {
      this._flat.fill(UNMEASURED);
      this._holey = new Map();
    },
    /** What xterm's `get` does: measure once per character. */
    get(char: string, italic = false): number {
      if (!italic && char.charCodeAt(0) < 256) {
        const code = char.charCodeAt(0);
        if (this._flat[code] === UNMEASURED) {
          this.measured++;
          this._flat[code] = cellWidth;
        }
        return this._flat[code] ?? 0;
      }
      const key = italic ? `${char}I` : char;
      if (!this._holey.has(key)) {
        this.measured++;
        this._holey.set(key, cellWidth);
      }
      return this._holey.get(key) ?? 0;
    },
  };
  const core = {
    _charSizeService: { width: cellWidth, height: 17 },
    _renderService: { _renderer: { value: { _widthCache: cache } } },
  };
  return { term: { _core: core } as unknown as Terminal, cache };
};

const draw = (cache: ReturnType<typeof fakeTerminal>['cache']): void => {
  for (const char of 'hello 123') cache.get(char);
  for (const char of '— stopped —') cache.get(char, true);
};

describe('shareGlyphWidths', () => {
  it('starts a terminal with the widths an earlier one measured, also after xterm clears its cache', () => {
    const first = fakeTerminal();
    const unshareFirst = shareGlyphWidths(first.term);
    draw(first.cache);
    expect(first.cache.measured).toBeGreaterThan(10);
    unshareFirst();

    const second = fakeTerminal();
    const unshareSecond = shareGlyphWidths(second.term);
    // xterm empties the cache when it measures the cell size after opening.
    second.cache.clear();
    draw(second.cache);
    expect(second.cache.measured).toBe(0);
    second.cache.get('Z');
    expect(second.cache.measured).toBe(1);
    unshareSecond();
    // Given back as it was: a clear after this is xterm's own again.
    second.cache.clear();
    expect(second.cache._flat[104]).toBe(UNMEASURED);
  });

  it('does not share widths between different cell sizes', () => {
    const first = fakeTerminal(7.8);
    const unshare = shareGlyphWidths(first.term);
    draw(first.cache);
    unshare();
    const other = fakeTerminal(9.1);
    shareGlyphWidths(other.term);
    draw(other.cache);
    expect(other.cache.measured).toBeGreaterThan(10);
  });

  it('leaves a terminal of another shape alone', () => {
    const term = { _core: {} } as unknown as Terminal;
    expect(() => {
      shareGlyphWidths(term)();
    }).not.toThrow();
  });
});
