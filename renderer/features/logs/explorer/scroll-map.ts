/**
 * Maps a scroll position to rows and back. Browsers cap an element's height (Chromium near 33M
 * px), and a flood spools millions of lines: past MAX_PX the scrollbar stands for the rows
 * proportionally, and the window is drawn where the viewport is.
 */
export const ROW_PX = 18;
export const MAX_PX = 8_000_000;

export interface ScrollMap {
  readonly spacer: number;
  readonly scaled: boolean;
  /** The first row shown at `scrollTop`, and where the block of rows is drawn. */
  at(scrollTop: number): { readonly row: number; readonly top: number };
  /** The scrollTop that shows `row` near the top third of the viewport. */
  scrollFor(row: number): number;
}

export const scrollMap = (rows: number, viewport: number): ScrollMap => {
  const visible = Math.max(1, Math.floor(viewport / ROW_PX));
  const natural = rows * ROW_PX;
  const scaled = natural > MAX_PX;
  const spacer = scaled ? MAX_PX : natural;
  const range = Math.max(1, spacer - viewport);
  const lastFirst = Math.max(0, rows - visible);
  return {
    spacer,
    scaled,
    at: (scrollTop) => {
      if (!scaled) {
        const row = Math.max(0, Math.floor(scrollTop / ROW_PX));
        return { row, top: row * ROW_PX };
      }
      const row = Math.min(lastFirst, Math.round((Math.max(0, scrollTop) / range) * lastFirst));
      return { row, top: Math.min(scrollTop, spacer - viewport) };
    },
    scrollFor: (row) => {
      const target = Math.max(0, row - Math.floor(visible / 3));
      return scaled
        ? Math.round((Math.min(target, lastFirst) / Math.max(1, lastFirst)) * range)
        : target * ROW_PX;
    },
  };
};
