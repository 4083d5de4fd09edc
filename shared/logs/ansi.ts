/**
 * Colours and styles (SGR) of a log line as spans, the same for every line of the explorer, so
 * the history and the live tail look alike. Only SGR reaches the explorer: the backend's control
 * filter removed every other escape.
 */
export interface AnsiStyle {
  /** 0–15: the theme's palette (classes); a string: `#rrggbb` from 256-colour or true-colour codes. */
  readonly fg?: number | string;
  readonly bg?: number | string;
  readonly bold?: boolean;
  readonly dim?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly inverse?: boolean;
}

export interface AnsiSpan {
  readonly text: string;
  readonly style: AnsiStyle;
}

// eslint-disable-next-line no-control-regex -- the escape is what is parsed
const SGR = /\x1b\[([0-9;:]*)m/g;

const hex = (n: number): string => Math.max(0, Math.min(255, n)).toString(16).padStart(2, '0');

/** xterm's 256-colour table beyond the 16: a 6×6×6 cube, then 24 greys. */
const colour256 = (n: number): number | string => {
  if (n < 16) return n;
  if (n < 232) {
    const c = n - 16;
    const level = (v: number): number => (v === 0 ? 0 : 55 + v * 40);
    return `#${hex(level(Math.floor(c / 36)))}${hex(level(Math.floor(c / 6) % 6))}${hex(level(c % 6))}`;
  }
  const grey = 8 + (n - 232) * 10;
  return `#${hex(grey)}${hex(grey)}${hex(grey)}`;
};

const apply = (style: AnsiStyle, params: string): AnsiStyle => {
  const codes = params === '' ? [0] : params.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  let next: { -readonly [K in keyof AnsiStyle]: AnsiStyle[K] } = { ...style };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) next = {};
    else if (code === 1) next.bold = true;
    else if (code === 2) next.dim = true;
    else if (code === 3) next.italic = true;
    else if (code === 4) next.underline = true;
    else if (code === 7) next.inverse = true;
    else if (code === 22) {
      delete next.bold;
      delete next.dim;
    } else if (code === 23) delete next.italic;
    else if (code === 24) delete next.underline;
    else if (code === 27) delete next.inverse;
    else if (code >= 30 && code <= 37) next.fg = code - 30;
    else if (code >= 90 && code <= 97) next.fg = code - 90 + 8;
    else if (code === 39) delete next.fg;
    else if (code >= 40 && code <= 47) next.bg = code - 40;
    else if (code >= 100 && code <= 107) next.bg = code - 100 + 8;
    else if (code === 49) delete next.bg;
    else if (code === 38 || code === 48) {
      const kind = codes[i + 1];
      let colour: number | string | undefined;
      if (kind === 5) {
        colour = colour256(codes[i + 2] ?? 0);
        i += 2;
      } else if (kind === 2) {
        colour = `#${hex(codes[i + 2] ?? 0)}${hex(codes[i + 3] ?? 0)}${hex(codes[i + 4] ?? 0)}`;
        i += 4;
      }
      if (colour !== undefined) {
        if (code === 38) next.fg = colour;
        else next.bg = colour;
      }
    }
  }
  return next;
};

/** Splits a line into styled spans; text without escapes is one unstyled span. */
export const parseAnsi = (line: string): AnsiSpan[] => {
  if (!line.includes('\x1b')) return [{ text: line, style: {} }];
  const spans: AnsiSpan[] = [];
  let style: AnsiStyle = {};
  let last = 0;
  for (const match of line.matchAll(SGR)) {
    if (match.index > last) spans.push({ text: line.slice(last, match.index), style });
    style = apply(style, match[1] ?? '');
    last = match.index + match[0].length;
  }
  if (last < line.length) spans.push({ text: line.slice(last), style });
  return spans;
};
