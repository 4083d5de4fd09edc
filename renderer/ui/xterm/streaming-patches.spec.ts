import type { Terminal } from '@xterm/xterm';
import { describe, expect, it } from 'vitest';
import { applyStreamingPatches, type FrameScheduler } from './streaming-patches.js';

const frames = () => {
  const due = new Map<number, () => void>();
  let next = 1;
  const scheduler: FrameScheduler = {
    request: (run) => {
      due.set(next, run);
      return next++;
    },
    cancel: (handle) => {
      due.delete(handle);
    },
  };
  const run = (): void => {
    const now = [...due.values()];
    due.clear();
    for (const f of now) f();
  };
  return { scheduler, run, due };
};

/** The shape of xterm 6.0's private members the patches rely on, with call logs. */
const fakeTerminal = () => {
  const syncs: (number | undefined)[] = [];
  const redraws: boolean[] = [];
  const selection = {
    selected: false,
    queued: false,
    get hasSelection() {
      return this.selected;
    },
    refresh() {
      this.queued = true;
    },
    _refresh() {
      this.queued = false;
      redraws.push(this.selected);
    },
  };
  const viewport = {
    _sync(ydisp?: number) {
      syncs.push(ydisp);
    },
  };
  const term = { _core: { _viewport: viewport, _selectionService: selection } } as unknown as Terminal;
  return { term, viewport, selection, syncs, redraws };
};

describe('xterm streaming patches', () => {
  it('turns per-line viewport syncs into one per frame, the last argument winning', () => {
    const { term, viewport, syncs } = fakeTerminal();
    const f = frames();
    applyStreamingPatches(term, f.scheduler);
    for (let i = 0; i < 1000; i++) viewport._sync();
    viewport._sync(7);
    expect(syncs).toEqual([]);
    f.run();
    expect(syncs).toEqual([7]);
    viewport._sync();
    f.run();
    expect(syncs).toEqual([7, undefined]);
  });

  it('skips selection redraws while nothing is or was selected, never a change of selection', () => {
    const { term, selection, redraws } = fakeTerminal();
    applyStreamingPatches(term, frames().scheduler);
    // The first redraw always happens (nothing is known to be drawn yet).
    selection.refresh();
    selection._refresh();
    expect(redraws).toEqual([false]);
    selection.refresh();
    expect(selection.queued).toBe(false);
    selection.selected = true;
    selection.refresh();
    selection._refresh();
    // Selection cleared: its highlight must be removed once.
    selection.selected = false;
    selection.refresh();
    selection._refresh();
    selection.refresh();
    expect(selection.queued).toBe(false);
    expect(redraws).toEqual([false, true, false]);
  });

  it('undoes itself, and leaves a terminal without those members alone', () => {
    const { term, viewport, syncs } = fakeTerminal();
    const f = frames();
    const undo = applyStreamingPatches(term, f.scheduler);
    viewport._sync(1);
    undo();
    expect(f.due.size).toBe(0);
    viewport._sync(2);
    expect(syncs).toEqual([2]);
    expect(() => applyStreamingPatches(Object.create(null) as Terminal, f.scheduler)()).not.toThrow();
  });
});
