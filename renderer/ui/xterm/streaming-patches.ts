import type { Terminal } from '@xterm/xterm';

/** The parts of xterm 6.0's private objects these rely on (names survive its minified build). */
interface ViewportInternals {
  _sync?: (ydisp?: number) => void;
}

interface SelectionInternals {
  refresh?: (isLinuxMouseSelection?: boolean) => void;
  _refresh?: () => void;
  readonly hasSelection?: boolean;
}

interface TerminalInternals {
  _core?: { _viewport?: ViewportInternals; _selectionService?: SelectionInternals };
}

export interface FrameScheduler {
  readonly request: (run: () => void) => number;
  readonly cancel: (handle: number) => void;
}

const browserFrames: FrameScheduler = {
  request: (run) => requestAnimationFrame(run),
  cancel: (handle) => {
    cancelAnimationFrame(handle);
  },
};

/**
 * xterm 6.0 syncs its scrollbar with the buffer on every line that scrolls (`Viewport._sync`
 * on each scroll): new scroll dimensions, a scroll position, a scrollbar repaint and its "hide"
 * timer re-armed, once per line. Streaming a log, that costs more than parsing the line. Only
 * the last sync before a frame can be seen, so they are deferred to the next frame, the last
 * call's argument winning as it would have.
 */
const coalesceViewportSync = (viewport: ViewportInternals, frames: FrameScheduler): (() => void) => {
  const sync = viewport._sync;
  if (typeof sync !== 'function') return () => undefined;
  let pending: number | null = null;
  let latest: number | undefined;
  viewport._sync = (ydisp?: number) => {
    latest = ydisp;
    if (pending !== null) return;
    pending = frames.request(() => {
      pending = null;
      sync.call(viewport, latest);
    });
  };
  return () => {
    if (pending !== null) frames.cancel(pending);
    pending = null;
    viewport._sync = sync;
  };
};

/**
 * Every scroll also asks the selection to be redrawn, and the DOM renderer answers by drawing
 * all rows a second time that frame, selection or not. When there is no selection and none is
 * drawn, there is nothing to redraw: those requests are skipped. Any change to or from a
 * selection still goes through.
 */
const skipIdleSelectionRedraws = (selection: SelectionInternals): (() => void) => {
  const refresh = selection.refresh;
  const redraw = selection._refresh;
  if (typeof refresh !== 'function' || typeof redraw !== 'function' || !('hasSelection' in selection))
    return () => undefined;
  let drawn = true;
  selection.refresh = function (this: SelectionInternals, isLinuxMouseSelection?: boolean) {
    if (!drawn && selection.hasSelection !== true) return;
    refresh.call(selection, isLinuxMouseSelection);
  };
  selection._refresh = () => {
    redraw.call(selection);
    drawn = selection.hasSelection === true;
  };
  return () => {
    selection.refresh = refresh;
    selection._refresh = redraw;
  };
};

/**
 * Per-line work xterm 6.0 does while text streams in that cannot be seen, deferred or skipped
 * (measured in bench/profile-console.ts). Both rely on private members, so their shape is checked
 * and nothing is changed when it is not there (another xterm version): the terminal then works
 * as shipped, only slower. Call after `open`; returns the undo (call before `dispose`).
 */
export const applyStreamingPatches = (
  term: Terminal,
  frames: FrameScheduler = browserFrames,
): (() => void) => {
  const core = (term as unknown as TerminalInternals)._core;
  const undo = [
    core?._viewport ? coalesceViewportSync(core._viewport, frames) : () => undefined,
    core?._selectionService ? skipIdleSelectionRedraws(core._selectionService) : () => undefined,
  ];
  return () => {
    for (const u of undo) u();
  };
};
