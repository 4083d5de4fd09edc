/** One thing the palette can do: jump somewhere or run an action on something. */
export interface PaletteItem {
  readonly id: string;
  /** What the row says, e.g. "Stop web-1". */
  readonly label: string;
  /** The kind of thing, shown beside the label (View, Container, Image…). */
  readonly kind: string;
  /** Extra words that find the item (an image of a container, a project) without being shown. */
  readonly keywords?: string;
  readonly run: () => void;
}

/**
 * Items whose label (or keywords) hold every word of the query, best first: labels that start
 * with the query, then those with a word that does, then the rest in their given order.
 */
export const matchItems = (
  items: readonly PaletteItem[],
  query: string,
  limit: number,
): readonly PaletteItem[] => {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return items.slice(0, limit);
  const needle = words.join(' ');
  const scored: { item: PaletteItem; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const label = item.label.toLowerCase();
    const haystack = `${label}\n${item.kind.toLowerCase()}\n${(item.keywords ?? '').toLowerCase()}`;
    if (!words.every((w) => haystack.includes(w))) return;
    const score = label.startsWith(needle)
      ? 0
      : label.split(/[\s:/_-]+/).some((w) => w.startsWith(words[0] ?? ''))
        ? 1
        : 2;
    scored.push({ item, score, index });
  });
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.item);
};
