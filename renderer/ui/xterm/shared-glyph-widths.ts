import type { Terminal } from '@xterm/xterm';

/** The parts of xterm 6.0's DOM renderer width cache this relies on. */
interface WidthCacheInternals {
  _flat?: unknown;
  _holey?: unknown;
  _font?: unknown;
  _fontSize?: unknown;
  _weight?: unknown;
  _weightBold?: unknown;
  clear?: unknown;
}

interface TerminalInternals {
  _core?: {
    _charSizeService?: { width?: unknown; height?: unknown };
    _renderService?: { _renderer?: { value?: { _widthCache?: WidthCacheInternals } } };
  };
}

interface Widths {
  /** Plain code points below 256. */
  readonly flat: Float32Array;
  /** Everything else, by xterm's key (the character, then "B" for bold, "I" for italic). */
  readonly other: Map<string, number>;
}

/** xterm's mark for "not measured yet" in the flat table. */
const UNMEASURED = -9999;

/** Widths measured by earlier terminals, per font and cell size. */
const known = new Map<string, Widths>();

/**
 * xterm's DOM renderer measures each character the first time a terminal draws it, by setting a
 * span's text and reading its width: one forced layout per character, about 20 ms for the
 * first screen of a log in a page that was just built. Every terminal of a page uses the same
 * font, so a new one starts with the widths earlier ones measured for the same font and cell
 * size, and hands back what it measured when it goes. xterm empties the cache whenever the
 * cell size is measured anew, so it is filled again after each of those, and only from widths
 * taken at that same size. Private members: with another xterm version (their shape differs)
 * nothing is shared and each terminal measures for itself, as shipped. Call after `open`;
 * returns the function to call before `dispose`.
 */
export const shareGlyphWidths = (term: Terminal): (() => void) => {
  const core = (term as unknown as TerminalInternals)._core;
  const cache = core?._renderService?._renderer?.value?._widthCache;
  const flat = cache?._flat;
  const clear = cache?.clear;
  if (!cache || !(flat instanceof Float32Array) || flat.length !== 256 || typeof clear !== 'function')
    return () => undefined;

  const key = (): string | null => {
    const size = core._charSizeService;
    if (typeof cache._font !== 'string' || typeof size?.width !== 'number' || !(size.width > 0)) return null;
    return [cache._font, cache._fontSize, cache._weight, cache._weightBold, size.width, size.height]
      .map(String)
      .join('|');
  };
  const holey = (): Map<unknown, unknown> | null => (cache._holey instanceof Map ? cache._holey : null);

  const seed = (): void => {
    const k = key();
    const seen = k === null ? undefined : known.get(k);
    if (!seen) return;
    for (let i = 0; i < 256; i++)
      if (flat[i] === UNMEASURED && (seen.flat[i] ?? 0) > 0) flat[i] = seen.flat[i] ?? 0;
    const other = holey();
    if (other) for (const [char, width] of seen.other) if (!other.has(char)) other.set(char, width);
  };

  cache.clear = function (this: unknown, ...args: unknown[]) {
    const result: unknown = Reflect.apply(clear, this, args);
    seed();
    return result;
  };
  seed();

  return () => {
    cache.clear = clear;
    const k = key();
    if (k === null) return;
    const kept = known.get(k) ?? { flat: new Float32Array(256).fill(UNMEASURED), other: new Map() };
    for (let i = 0; i < 256; i++) if ((flat[i] ?? 0) > 0) kept.flat[i] = flat[i] ?? 0;
    for (const [char, width] of holey() ?? [])
      if (typeof char === 'string' && typeof width === 'number' && width > 0) kept.other.set(char, width);
    known.set(k, kept);
  };
};
