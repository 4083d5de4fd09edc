import type { ISearchResultChangeEvent } from '@xterm/addon-search';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { StreamRequest } from '../../../shared/contract/types.js';
import { useClient } from '../../lib/client-context.js';
import type { TerminalKit } from '../../ui/xterm/create-terminal.js';
import { createLogFormatter, type StreamFilter } from './log-format.js';
import { LogRecord } from './log-record.js';
import { createLogTerminal, createLogWriter } from './log-terminal.js';
import type { WriteBatcher } from '../../lib/write-batcher.js';

/** Columns when lines do not wrap: the terminal is this wide and the view scrolls sideways. */
export const NO_WRAP_COLS = 500;

export type LogsRequest = StreamRequest<'containers.logs'>;

export interface LogStatus {
  readonly state: 'connecting' | 'streaming' | 'ended' | 'failed' | 'lost';
  readonly message?: string;
}

export interface LogTerminalOptions {
  readonly request: LogsRequest;
  readonly filter: StreamFilter;
  readonly wrap: boolean;
  readonly paused: boolean;
  readonly scrollback: number;
}

/** What the toolbar can do to the live terminal. */
export interface LogTerminalControls {
  readonly kit: RefObject<TerminalKit | null>;
  readonly record: RefObject<LogRecord>;
  readonly status: LogStatus;
  readonly dropped: number;
  readonly scrolledUp: boolean;
  readonly hasSelection: boolean;
  readonly results: ISearchResultChangeEvent | null;
}

/**
 * One xterm per effect lifetime, fed by one `containers.logs` subscription. Log bytes never
 * touch React state: chunks go through the write batcher straight into the terminal, and are
 * acknowledged once drawn.
 */
export const useLogTerminal = (
  host: RefObject<HTMLDivElement | null>,
  { request, filter, wrap, paused, scrollback }: LogTerminalOptions,
): LogTerminalControls => {
  const client = useClient();
  const kit = useRef<TerminalKit | null>(null);
  const record = useRef(new LogRecord());
  const batcher = useRef<WriteBatcher | null>(null);
  const layout = useRef<() => void>(() => undefined);
  const live = useRef({ wrap, paused, scrollback });
  const [status, setStatus] = useState<LogStatus>({ state: 'connecting' });
  const [dropped, setDropped] = useState(0);
  const [scrolledUp, setScrolledUp] = useState(false);
  const [hasSelection, setHasSelection] = useState(false);
  const [results, setResults] = useState<ISearchResultChangeEvent | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    live.current = { wrap, paused, scrollback };
  });

  const { ref, tail, timestamps, since, until, follow } = request;
  const { stdout, stderr } = filter;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const streamFilter = { stdout, stderr };
    record.current = new LogRecord();
    const kept = record.current;
    const format = createLogFormatter();

    /** Set once the terminal exists; no chunk can arrive before this effect has run. */
    const pending: { current: WriteBatcher | null } = { current: null };

    // Asked for first: the engine reads the tail while the terminal is being built.
    let lost = false;
    const handle = client.subscribe(
      'containers.logs',
      // The scrollback as it is now: lines beyond it may be let go while this view is behind.
      { ref, tail, timestamps, since, until, follow, keep: live.current.scrollback },
      {
        manualAck: true,
        onChunk: (chunks, bytes) => {
          // One flat string per message: a flood of one-line chunks must not become a
          // thousand-piece rope (or a thousand queue entries) held until it is drawn.
          const texts: string[] = [];
          let dropped = 0;
          for (const chunk of chunks) {
            dropped += chunk.dropped ?? 0;
            kept.push(chunk.text);
            texts.push(format(chunk, streamFilter));
          }
          pending.current?.push(texts.length === 1 ? (texts[0] ?? '') : texts.join(''), bytes);
          if (dropped > 0) setDropped((n) => n + dropped);
          setStatus((s) => (s.state === 'streaming' ? s : { state: 'streaming' }));
        },
        onEnd: (error) => {
          const note = (text: string): void => {
            pending.current?.push(format({ stream: 'system', text }, streamFilter), 0);
          };
          if (!error) {
            note(follow ? '— The log stream ended. —' : '— End of the log. —');
            setStatus({ state: 'ended' });
          } else if (error.code === 'BACKEND_LOST') {
            lost = true;
            note('— Connection to Berth lost; reconnecting… —');
            setStatus({
              state: 'lost',
              message: 'Connection to Berth lost; reopening the log when it returns.',
            });
          } else {
            note(`— ${error.message} —`);
            setStatus({ state: 'failed', message: error.message });
          }
        },
      },
    );
    const terminal = createLogTerminal(element, client, live.current.scrollback);
    kit.current = terminal;
    const { term } = terminal;
    const relayout = (): void => {
      if (live.current.wrap) {
        terminal.fitNow();
        return;
      }
      const size = terminal.fit.proposeDimensions();
      if (size && element.clientHeight > 0 && (term.cols !== NO_WRAP_COLS || term.rows !== size.rows))
        term.resize(NO_WRAP_COLS, size.rows);
    };
    layout.current = relayout;
    relayout();

    const writer = createLogWriter(
      terminal,
      (bytes) => {
        handle.ack(bytes);
      },
      (lines) => {
        setDropped((n) => n + lines);
      },
    );
    writer.setHeld(live.current.paused);
    batcher.current = writer;
    pending.current = writer;

    const stopReady = client.onReady(() => {
      if (lost) setGeneration((g) => g + 1);
    });

    // Scroll events come once per line while text streams in: look once per frame.
    let scrollCheck: number | null = null;
    const checkScroll = (): void => {
      if (scrollCheck !== null) return;
      scrollCheck = requestAnimationFrame(() => {
        scrollCheck = null;
        const buffer = term.buffer.active;
        setScrolledUp(buffer.viewportY < buffer.baseY);
      });
    };
    const scrollWatch = term.onScroll(checkScroll);
    const wheelWatch = term.onWriteParsed(checkScroll);
    const selectionWatch = term.onSelectionChange(() => {
      setHasSelection(term.hasSelection());
    });
    const resultsWatch = terminal.search.onDidChangeResults(setResults);
    const observer = new ResizeObserver(() => {
      relayout();
    });
    observer.observe(element);
    // The viewport scrolls by wheel without an xterm scroll event when nothing is written.
    const onWheel = checkScroll;
    element.addEventListener('wheel', onWheel, { passive: true });

    return () => {
      if (scrollCheck !== null) cancelAnimationFrame(scrollCheck);
      handle.unsubscribe();
      stopReady();
      writer.dispose();
      observer.disconnect();
      element.removeEventListener('wheel', onWheel);
      scrollWatch.dispose();
      wheelWatch.dispose();
      selectionWatch.dispose();
      resultsWatch.dispose();
      batcher.current = null;
      kit.current = null;
      layout.current = () => undefined;
      terminal.dispose();
      // The next terminal starts afresh.
      setStatus({ state: 'connecting' });
      setDropped(0);
      setResults(null);
      setScrolledUp(false);
      setHasSelection(false);
    };
  }, [client, host, ref, tail, timestamps, since, until, follow, stdout, stderr, generation]);

  useEffect(() => {
    batcher.current?.setHeld(paused);
  }, [paused]);

  useEffect(() => {
    layout.current();
  }, [wrap]);

  useEffect(() => {
    if (kit.current) kit.current.term.options.scrollback = scrollback;
  }, [scrollback]);

  return { kit, record, status, dropped, scrolledUp, hasSelection, results };
};
