import type { ISearchResultChangeEvent } from '@xterm/addon-search';
import type { Client } from '../../ipc/client.js';
import type { WriteBatcher } from '../../lib/write-batcher.js';
import type { TerminalKit } from '../../ui/xterm/create-terminal.js';
import { createLogTerminal, createLogWriter } from './log-terminal.js';

/** Columns when lines do not wrap: the terminal is this wide and the view scrolls sideways. */
export const NO_WRAP_COLS = 500;

export interface LogTerminalHooks {
  /** Whether lines wrap now (read at every layout). */
  readonly wrap: () => boolean;
  /** Bytes drawn: acknowledge them. */
  readonly ack: (bytes: number) => void;
  /** Lines the write batcher let go. */
  readonly dropped: (lines: number) => void;
  readonly scrolledUp: (up: boolean) => void;
  readonly selection: (has: boolean) => void;
  readonly results: (results: ISearchResultChangeEvent) => void;
}

export interface MountedLogTerminal {
  readonly kit: TerminalKit;
  readonly writer: WriteBatcher;
  /** Fits the terminal to its element (or to NO_WRAP_COLS wide when lines do not wrap). */
  readonly relayout: () => void;
  dispose(): void;
}

/**
 * The log console's xterm in its element: sized to it (and kept so on resize), written through
 * a write batcher, and watched for what the toolbar shows (scrolled up, a selection, search
 * results). Scroll position is looked at once per frame at most.
 */
export const mountLogTerminal = (
  element: HTMLElement,
  client: Client,
  scrollback: number,
  hooks: LogTerminalHooks,
): MountedLogTerminal => {
  const terminal = createLogTerminal(element, client, scrollback);
  const { term } = terminal;
  const relayout = (): void => {
    if (hooks.wrap()) {
      terminal.fitNow();
      return;
    }
    const size = terminal.fit.proposeDimensions();
    if (size && element.clientHeight > 0 && (term.cols !== NO_WRAP_COLS || term.rows !== size.rows))
      term.resize(NO_WRAP_COLS, size.rows);
  };
  relayout();

  const writer = createLogWriter(terminal, hooks.ack, hooks.dropped);

  // Scroll events come once per line while text streams in: look once per frame.
  let scrollCheck: number | null = null;
  const checkScroll = (): void => {
    if (scrollCheck !== null) return;
    scrollCheck = requestAnimationFrame(() => {
      scrollCheck = null;
      const buffer = term.buffer.active;
      hooks.scrolledUp(buffer.viewportY < buffer.baseY);
    });
  };
  const scrollWatch = term.onScroll(checkScroll);
  const wheelWatch = term.onWriteParsed(checkScroll);
  const selectionWatch = term.onSelectionChange(() => {
    hooks.selection(term.hasSelection());
  });
  const resultsWatch = terminal.search.onDidChangeResults(hooks.results);
  const observer = new ResizeObserver(() => {
    relayout();
  });
  observer.observe(element);
  // The viewport scrolls by wheel without an xterm scroll event when nothing is written.
  const onWheel = checkScroll;
  element.addEventListener('wheel', onWheel, { passive: true });

  return {
    kit: terminal,
    writer,
    relayout,
    dispose: () => {
      if (scrollCheck !== null) cancelAnimationFrame(scrollCheck);
      writer.dispose();
      observer.disconnect();
      element.removeEventListener('wheel', onWheel);
      scrollWatch.dispose();
      wheelWatch.dispose();
      selectionWatch.dispose();
      resultsWatch.dispose();
      terminal.dispose();
    },
  };
};
