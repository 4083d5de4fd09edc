import { elementScroll, type Rect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';

/*
 * How a virtualised list learns its box without making the browser lay the page out inside the
 * list's first render (see `firstHeight` in VirtualTable.tsx): the virtualiser's own observer
 * reads the box's size at once, and its first scroll write scrolls a new box to where it is.
 */

/**
 * The virtualiser's box observer without its first read (see `firstHeight`): a ResizeObserver
 * reports the size once the frame's own layout has run, and reading it then costs nothing.
 */
export const observeAfterLayout = (
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: Rect) => void,
) => {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const observer = new ResizeObserver(() => {
    cb({ width: element.clientWidth, height: element.clientHeight });
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
  };
};

type ScrollTo = VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'];

/**
 * The virtualiser's scroll writer, minus its first write to a new box when that write is to the
 * top (where a new box already is): scrolling makes the browser lay the page out first, and that
 * first write comes inside the first render.
 */
export const skipFirstScrollToTop = (): ScrollTo => {
  const seen = new WeakSet<Element>();
  return (offset, options, instance) => {
    const box = instance.scrollElement;
    if (box && !seen.has(box)) {
      seen.add(box);
      if (offset + (options.adjustments ?? 0) === 0) return;
    }
    elementScroll(offset, options, instance);
  };
};
