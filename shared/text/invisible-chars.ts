/**
 * Characters that change how text around them reads without showing themselves: bidirectional
 * embeddings, overrides, isolates and marks (so `evil\u202Etxt.exe` reads "evilexe.txt"), and
 * zero-width characters (so two different names look the same). Names, labels, commands and
 * project names come from whoever made the container: wherever Berth shows them, these are
 * replaced by a visible marker such as `⟨U+202E⟩`.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const INVISIBLE_ALL = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

const NAMES: Readonly<Record<number, string>> = {
  0x061c: 'Arabic letter mark',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero width no-break space',
};

export type TextPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'hidden'; readonly code: number; readonly marker: string; readonly name: string };

export const hasInvisible = (text: string): boolean => INVISIBLE.test(text);

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…): they reorder neutral text next to them. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Whether the text can change the order of what is shown around it, so it needs isolating. */
export const needsIsolation = (text: string): boolean => RTL.test(text) || INVISIBLE.test(text);

/** "⟨U+202E⟩": what stands in for the character. */
export const invisibleMarker = (code: number): string =>
  `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** The Unicode name of a character this module hides, in lower case ("right-to-left override"). */
export const invisibleName = (code: number): string => NAMES[code] ?? 'invisible character';

/** The text with every such character replaced by its marker: for plain-text places (tray, notifications, titles, tooltips). */
export const revealInvisible = (text: string): string =>
  INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, (c) => invisibleMarker(c.charCodeAt(0))) : text;

/** The text cut into plain runs and hidden characters, for views that style the markers. */
export const invisibleParts = (text: string): readonly TextPart[] => {
  if (!INVISIBLE.test(text)) return [{ kind: 'text', text }];
  const parts: TextPart[] = [];
  let start = 0;
  for (const match of text.matchAll(INVISIBLE_ALL)) {
    if (match.index > start) parts.push({ kind: 'text', text: text.slice(start, match.index) });
    const code = match[0].charCodeAt(0);
    parts.push({ kind: 'hidden', code, marker: invisibleMarker(code), name: invisibleName(code) });
    start = match.index + 1;
  }
  if (start < text.length) parts.push({ kind: 'text', text: text.slice(start) });
  return parts;
};
