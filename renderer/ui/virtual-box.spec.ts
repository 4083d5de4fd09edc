import type { Virtualizer } from '@tanstack/react-virtual';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeAfterLayout, skipFirstScrollToTop } from './virtual-box.js';

type List = Virtualizer<HTMLDivElement, Element>;

/** A box that records its scroll writes, with the size a layout gave it. */
const fakeBox = () => {
  const writes: ScrollToOptions[] = [];
  const box = {
    clientWidth: 640,
    clientHeight: 352,
    scrollTo: (options: ScrollToOptions) => {
      writes.push(options);
    },
  };
  return { box, writes };
};

const listOn = (box: object): List =>
  ({ scrollElement: box, options: { horizontal: false, isRtl: false } }) as unknown as List;

describe("the virtualiser's first scroll write", () => {
  it('is skipped for a new box when it is to the top, where a new box already is', () => {
    const { box, writes } = fakeBox();
    const scrollTo = skipFirstScrollToTop();
    scrollTo(0, {}, listOn(box));
    expect(writes).toEqual([]);
  });

  it('goes through when it is elsewhere, and every later write goes through', () => {
    const { box, writes } = fakeBox();
    const scrollTo = skipFirstScrollToTop();
    scrollTo(0, { adjustments: 88 }, listOn(box));
    scrollTo(0, {}, listOn(box));
    scrollTo(440, { behavior: 'smooth' }, listOn(box));
    expect(writes).toEqual([
      { top: 88, behavior: undefined },
      { top: 0, behavior: undefined },
      { top: 440, behavior: 'smooth' },
    ]);
  });

  it('is skipped once per box: a new box in the same list starts at the top too', () => {
    const first = fakeBox();
    const second = fakeBox();
    const scrollTo = skipFirstScrollToTop();
    scrollTo(0, {}, listOn(first.box));
    scrollTo(0, {}, listOn(second.box));
    scrollTo(0, {}, listOn(second.box));
    expect(first.writes).toEqual([]);
    expect(second.writes).toEqual([{ top: 0, behavior: undefined }]);
  });
});

describe("the virtualiser's box observer", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reports the size only when the observer does (after a layout), then stops when told', () => {
    const observers: { fire: () => void; observed: unknown[]; disconnected: boolean }[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        readonly record: { fire: () => void; observed: unknown[]; disconnected: boolean };
        constructor(callback: () => void) {
          this.record = { fire: callback, observed: [], disconnected: false };
          observers.push(this.record);
        }
        observe(target: unknown) {
          this.record.observed.push(target);
        }
        disconnect() {
          this.record.disconnected = true;
        }
      },
    );
    const { box } = fakeBox();
    const rects: unknown[] = [];
    const stop = observeAfterLayout(listOn(box), (rect) => rects.push(rect));
    expect(rects).toEqual([]);
    expect(observers.map((o) => o.observed)).toEqual([[box]]);
    observers[0]?.fire();
    box.clientHeight = 300;
    observers[0]?.fire();
    expect(rects).toEqual([
      { width: 640, height: 352 },
      { width: 640, height: 300 },
    ]);
    stop?.();
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('does nothing without a box', () => {
    expect(observeAfterLayout(listOn(null as unknown as object), () => undefined)).toBeUndefined();
  });
});
