import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import { observeAfterLayout, skipFirstScrollToTop } from './virtual-box.js';

interface VirtualRowsOptions {
  readonly count: number;
  readonly keyOf: (index: number) => string | number;
  readonly scrollRef: RefObject<HTMLDivElement | null>;
  /** Must match the row and head heights of the grid's CSS. */
  readonly rowHeight: number;
  readonly headHeight: number;
  /**
   * At least the box's height (e.g. its CSS cap), known before the page is laid out: the first
   * pass then draws the rows that fill the box without asking the browser for the box's size.
   * Without it, the virtualiser reads that size inside the first render, which forces the browser
   * to lay the page out there and then, and draws its rows in a second pass.
   */
  readonly firstHeight?: number;
}

/**
 * Rows drawn beyond those in view, so a scroll finds them ready. The list's first pass draws only
 * a couple: it is part of the first screen, and rows are most of that screen's DOM (a profile of
 * a reload: 19 ms for the 26 rows past the first few, eight of them out of view). The full margin
 * follows once that screen is painted.
 */
const FIRST_OVERSCAN = 2;
const OVERSCAN = 8;

/** False until the first frame after mounting has been painted. */
const usePainted = (): boolean => {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A frame callback runs before that frame's paint; the task it posts runs after it.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        setPainted(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
};

/**
 * The virtualiser of the kit's long lists: only the rows in view (plus a few) are in the DOM,
 * so thousands of rows cost what twenty do. The sticky head takes the first `headHeight` pixels.
 */
export const useVirtualRows = ({
  count,
  keyOf,
  scrollRef,
  rowHeight,
  headHeight,
  firstHeight,
}: VirtualRowsOptions): Virtualizer<HTMLDivElement, Element> => {
  const painted = usePainted();
  const [scrollTo] = useState(skipFirstScrollToTop);
  // The virtualiser keeps mutable state behind a stable object; the list re-renders on every
  // scroll it reports, which is all the memoisation it needs.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: keyOf,
    overscan: painted ? OVERSCAN : FIRST_OVERSCAN,
    paddingStart: headHeight,
    scrollPaddingStart: headHeight,
    ...(firstHeight === undefined
      ? {}
      : {
          initialRect: { width: 0, height: firstHeight },
          observeElementRect: observeAfterLayout,
          scrollToFn: scrollTo,
        }),
  });
};

interface VirtualHeadProps {
  /** The select-all checkbox of the first column. */
  readonly select: ReactNode;
  readonly columns: readonly string[];
  readonly cellClass?: (column: string) => string;
  /** A header's content (e.g. a sort button) instead of its text. */
  readonly header?: (column: string) => ReactNode;
  /** `aria-sort` of a sortable column; `undefined` for one that does not sort. */
  readonly ariaSort?: (column: string) => 'ascending' | 'descending' | 'none' | undefined;
}

/** The grid's header row: a select-all cell, then one header cell a column. */
export function VirtualHead({
  select,
  columns,
  cellClass = () => 'cell',
  header = (column) => column,
  ariaSort = () => undefined,
}: VirtualHeadProps) {
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="row head-row">
        <div role="columnheader" className="cell cell-select">
          {select}
        </div>
        {columns.map((column) => (
          <div key={column} role="columnheader" className={cellClass(column)} aria-sort={ariaSort(column)}>
            {header(column)}
          </div>
        ))}
      </div>
    </div>
  );
}

interface VirtualBodyProps {
  readonly virtualizer: Virtualizer<HTMLDivElement, Element>;
  readonly items?: readonly VirtualItem[];
  readonly headHeight: number;
  /** One row, placed `top` pixels below the head. */
  readonly row: (item: VirtualItem, top: number) => ReactNode;
}

/** The grid's body: as tall as all rows, holding only those in view. */
export function VirtualBody({ virtualizer, items, headHeight, row }: VirtualBodyProps) {
  return (
    <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() - headHeight }}>
      {(items ?? virtualizer.getVirtualItems()).map((item) => row(item, item.start - headHeight))}
    </div>
  );
}
