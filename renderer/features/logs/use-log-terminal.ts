import type { ISearchResultChangeEvent } from '@xterm/addon-search';
import { useEffect, useReducer, useRef, useState, type RefObject } from 'react';
import { useClient } from '../../lib/client-context.js';
import type { WriteBatcher } from '../../lib/write-batcher.js';
import type { TerminalKit } from '../../ui/xterm/create-terminal.js';
import type { StreamFilter } from './log-format.js';
import { LogRecord } from './log-record.js';
import { subscribeLogs, type LogsRequest, type LogStatus } from './log-subscription.js';
import { mountLogTerminal } from './log-terminal-mount.js';

export { NO_WRAP_COLS } from './log-terminal-mount.js';
export type { LogsRequest, LogStatus } from './log-subscription.js';

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

type ViewState = Omit<LogTerminalControls, 'kit' | 'record'>;

type ViewEvent =
  | { readonly type: 'streaming' }
  | { readonly type: 'ended'; readonly status: LogStatus }
  | { readonly type: 'dropped'; readonly lines: number }
  | { readonly type: 'scrolledUp'; readonly up: boolean }
  | { readonly type: 'selection'; readonly has: boolean }
  | { readonly type: 'results'; readonly results: ISearchResultChangeEvent }
  | { readonly type: 'reset' };

const INITIAL: ViewState = {
  status: { state: 'connecting' },
  dropped: 0,
  scrolledUp: false,
  hasSelection: false,
  results: null,
};

/** What the toolbar shows; an event that changes nothing keeps the same state (no re-render). */
const viewReducer = (state: ViewState, event: ViewEvent): ViewState => {
  switch (event.type) {
    case 'streaming':
      return state.status.state === 'streaming' ? state : { ...state, status: { state: 'streaming' } };
    case 'ended':
      return { ...state, status: event.status };
    case 'dropped':
      return { ...state, dropped: state.dropped + event.lines };
    case 'scrolledUp':
      return state.scrolledUp === event.up ? state : { ...state, scrolledUp: event.up };
    case 'selection':
      return state.hasSelection === event.has ? state : { ...state, hasSelection: event.has };
    case 'results':
      return { ...state, results: event.results };
    case 'reset':
      return INITIAL;
  }
};

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
  const [view, dispatch] = useReducer(viewReducer, INITIAL);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    live.current = { wrap, paused, scrollback };
  });

  const { ref, tail, timestamps, since, until, follow } = request;
  const { stdout, stderr } = filter;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    record.current = new LogRecord();
    /** Set once the terminal exists; no chunk can arrive before this effect has run. */
    let writer: WriteBatcher | null = null;

    // Asked for first: the engine reads the tail while the terminal is being built.
    const subscription = subscribeLogs(
      client,
      // The scrollback as it is now: lines beyond it may be let go while this view is behind.
      { ref, tail, timestamps, since, until, follow, keep: live.current.scrollback },
      { stdout, stderr },
      record.current,
      {
        write: (text, bytes) => writer?.push(text, bytes),
        dropped: (lines) => {
          dispatch({ type: 'dropped', lines });
        },
        streaming: () => {
          dispatch({ type: 'streaming' });
        },
        ended: (status) => {
          dispatch({ type: 'ended', status });
        },
      },
    );
    const mounted = mountLogTerminal(element, client, live.current.scrollback, {
      wrap: () => live.current.wrap,
      ack: (bytes) => {
        subscription.ack(bytes);
      },
      dropped: (lines) => {
        dispatch({ type: 'dropped', lines });
      },
      scrolledUp: (up) => {
        dispatch({ type: 'scrolledUp', up });
      },
      selection: (has) => {
        dispatch({ type: 'selection', has });
      },
      results: (results) => {
        dispatch({ type: 'results', results });
      },
    });
    kit.current = mounted.kit;
    layout.current = mounted.relayout;
    writer = mounted.writer;
    writer.setHeld(live.current.paused);
    batcher.current = writer;

    const stopReady = client.onReady(() => {
      if (subscription.lost) setGeneration((g) => g + 1);
    });

    return () => {
      subscription.unsubscribe();
      stopReady();
      batcher.current = null;
      kit.current = null;
      layout.current = () => undefined;
      mounted.dispose();
      // The next terminal starts afresh.
      dispatch({ type: 'reset' });
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

  return { kit, record, ...view };
};
