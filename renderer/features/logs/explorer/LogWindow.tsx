import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SpoolLine } from '../../../../shared/logs/explorer.js';
import type { Client } from '../../../ipc/client.js';
import { LogRow, type RowOptions } from './LogRow.js';
import { ROW_PX, scrollMap } from './scroll-map.js';

/** Rows fetched beyond each edge of the viewport: the page never holds more than this window. */
const MARGIN = 120;

export interface MatchView {
  readonly search: string;
  readonly context: number;
}

export interface Jump {
  readonly row: number;
  /** A new jump to the same row scrolls again. */
  readonly seq: number;
}

interface Cached {
  readonly key: string;
  readonly version: string;
  readonly refresh: string;
  /** Rows the view had when this was read. */
  readonly rows: number;
  /** Row of lines[0]. */
  readonly from: number;
  readonly lines: readonly SpoolLine[];
}

/**
 * The virtualised window over a spool: a spacer as tall as the rows (scaled past the browser's
 * limit), and only the rows in view plus a margin fetched and drawn. At the bottom it follows
 * the live tail; scrolled up, it stays where the user is while lines are added below.
 */
export function LogWindow({
  client,
  session,
  rows,
  base,
  view,
  version,
  refresh,
  options,
  target,
  jump,
  label,
  onRange,
}: {
  readonly client: Client;
  readonly session: string;
  /** Rows in this view (lines held, or rows of matching lines with context). */
  readonly rows: number;
  /** Without a match view, the line number of row 0 (the first line held). */
  readonly base: number;
  readonly view: MatchView | null;
  /** Changes when what a match view holds may have (more matches, more lines): read again. */
  readonly version: string;
  /** Changes when lines already read would read differently (their times came in): read again. */
  readonly refresh: string;
  readonly options: RowOptions;
  /** A line number to mark (a jump's or a match's target). */
  readonly target: number | null;
  readonly jump: Jump | null;
  readonly label: string;
  /** The lines now in view (for next/previous match from here). */
  readonly onRange: (first: number | null, last: number | null) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const [cache, setCache] = useState<Cached | null>(null);
  const inFlight = useRef(false);
  const [settled, setSettled] = useState(0);

  const key = `${session}|${view ? `${view.search}:${view.context}` : `plain:${base}`}`;
  const have = cache?.key === key ? cache : null;
  // A match view's size is known from the backend's answers; a plain view's from progress.
  const total = view ? (have?.rows ?? 0) : rows;
  const map = scrollMap(total, height);
  const { row: firstRow, top } = map.at(scrollTop);
  const visible = Math.ceil(height / ROW_PX) + 1;
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      setHeight(el.clientHeight || 400);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, []);

  // Follow the tail: while the user is at the bottom, new rows keep it there.
  useLayoutEffect(() => {
    const el = host.current;
    if (el && stick.current) {
      el.scrollTop = map.spacer;
      setScrollTop(el.scrollTop);
    }
  }, [total, map.spacer]);

  useLayoutEffect(() => {
    const el = host.current;
    if (!el || !jump) return;
    stick.current = false;
    el.scrollTop = scrollMap(total, el.clientHeight || height).scrollFor(jump.row);
    setScrollTop(el.scrollTop);
    // Only a new jump scrolls: rows growing later must not pull the view back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump]);

  const wantFrom = Math.max(0, firstRow - MARGIN);
  // A match view is read from its start until its size is known.
  const wantTo = view && !have ? firstRow + visible + MARGIN : Math.min(total, firstRow + visible + MARGIN);
  useEffect(() => {
    if (wantTo <= wantFrom) return;
    // A plain window read when fewer rows were held is stale once more arrive: what it says is
    // the end was only the end then (following a history as it loads would stay blank).
    const current =
      have !== null && have.refresh === refresh && (view ? have.version === version : have.rows >= total);
    const covered =
      current && have.from <= wantFrom && have.from + have.lines.length >= Math.min(wantTo, have.rows);
    if (covered || inFlight.current) return;
    inFlight.current = true;
    const from = Math.max(0, firstRow - MARGIN);
    const count = Math.min(2000, visible + 2 * MARGIN);
    client
      .invoke('logs.lines', { session, from: view ? from : base + from, count, ...(view ? { view } : {}) })
      .then(
        (answer) => {
          const start = view ? from : (answer.lines[0]?.n ?? base + from) - base;
          setCache({ key, version, refresh, rows: answer.rows, from: start, lines: answer.lines });
        },
        () => undefined,
      )
      .finally(() => {
        inFlight.current = false;
        setSettled((n) => n + 1);
      });
  }, [
    client,
    session,
    key,
    version,
    refresh,
    view,
    base,
    wantFrom,
    wantTo,
    firstRow,
    visible,
    have,
    settled,
    total,
  ]);

  const shown: SpoolLine[] = [];
  for (let row = firstRow; row < Math.min(total, firstRow + visible); row++) {
    const line = have ? have.lines[row - have.from] : undefined;
    if (line) shown.push(line);
  }
  const firstShown = shown[0]?.n ?? null;
  const lastShown = shown[shown.length - 1]?.n ?? null;
  useEffect(() => {
    onRange(firstShown, lastShown);
  }, [onRange, firstShown, lastShown]);

  return (
    <div
      ref={host}
      className="lx-window"
      role="region"
      aria-label={label}
      tabIndex={0}
      onScroll={(event) => {
        const el = event.currentTarget;
        stick.current = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW_PX;
        setScrollTop(el.scrollTop);
      }}
    >
      <div className="lx-spacer" style={{ height: map.spacer }} />
      <div className="lx-rows" style={{ transform: `translateY(${top}px)` }}>
        {shown.map((line) => (
          <LogRow key={line.n} line={line} options={options} target={line.n === target} />
        ))}
      </div>
    </div>
  );
}
