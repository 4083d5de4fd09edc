import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ServiceSummary } from '../../../shared/swarm/swarm-types.js';
import type { Client } from '../../ipc/client.js';
import { useVirtualRows } from '../../ui/VirtualTable.js';
import { ServiceRow, type RowWords } from './ServiceRow.js';

/**
 * Every row's height, set in services.css: rows are one line (long text is cut, the whole of it in
 * a tooltip), so the virtualiser places them without measuring each one it draws. Measuring forced
 * the browser to lay the table out inside the first render, a second time (a profile of a reload
 * with 200 services: 14 ms), and a wrapped cell made rows taller than the guess, which cost one
 * more pass.
 */
const ROW_HEIGHT = 44;
/** Must match the sticky head's height in services.css. */
const HEAD_HEIGHT = 34;
/** services.css caps the scroll box at 60vh: rows for that fill it before it is laid out. */
const BOX_CAP_OF_VIEWPORT = 0.6;

/** Where focus goes once the target row is drawn: its cell, and which control in that cell. */
interface PendingFocus {
  readonly index: number;
  readonly cell: number;
  readonly control: number;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

const focusIn = (box: HTMLElement | null, { index, cell, control }: PendingFocus): boolean => {
  const row = box?.querySelector<HTMLTableRowElement>(`tr[data-index="${index}"]`);
  if (!row) return false;
  const inCell = [...(row.cells[cell]?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
  // A replicated service's row has a scale form a global one lacks: fall back to the row's first control.
  const target = inCell[Math.min(control, inCell.length - 1)] ?? row.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus({ preventScroll: true });
  return true;
};

interface ServiceListProps {
  readonly list: readonly ServiceSummary[];
  readonly client: Client;
  readonly words: RowWords;
  readonly columns: readonly string[];
  readonly label: string;
  readonly empty: string;
  readonly onOpen: (id: string) => void;
  readonly onProblem: (text: string | null) => void;
}

/**
 * The services table, virtualised: the DOM holds only the rows in view (plus a few), so two
 * hundred services cost what twenty do. It stays a native table (rows named by their row
 * header) that tells its full size: `aria-rowcount` counts every service, each row its
 * `aria-rowindex`. Keyboard: Up/Down, Page Up/Down (and Home/End outside a text box) move
 * focus to the same control of another row, scrolling it into the DOM first.
 */
export function ServiceList({
  list,
  client,
  words,
  columns,
  label,
  empty,
  onOpen,
  onProblem,
}: ServiceListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const pending = useRef<PendingFocus | null>(null);
  const virtualizer = useVirtualRows({
    count: list.length,
    keyOf: (index) => list[index]?.id ?? index,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    headHeight: HEAD_HEIGHT,
    firstHeight: Math.ceil(window.innerHeight * BOX_CAP_OF_VIEWPORT),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  // Spacer rows stand for the rows not drawn, so the scroll bar is that of the whole list. The
  // first pass draws the rows that fill the box at its cap (`firstHeight`); with no row drawn
  // (none yet, or an empty list) the spacer stands for them all.
  const before = first ? first.start - HEAD_HEIGHT : 0;
  const after = last ? virtualizer.getTotalSize() - last.end : virtualizer.getTotalSize() - HEAD_HEIGHT;

  // A keyboard move lands on a row that may only exist once the scroll has drawn it.
  useEffect(() => {
    if (pending.current && focusIn(scrollRef.current, pending.current)) pending.current = null;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>): void => {
    if (!(event.target instanceof HTMLElement)) return;
    const rowElement = event.target.closest<HTMLTableRowElement>('tr[data-index]');
    const cellElement = event.target.closest<HTMLTableCellElement>('td, th');
    if (!rowElement || !cellElement) return;
    const index = Number(rowElement.dataset.index);
    const page = Math.max(
      1,
      Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEAD_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const typing = event.target instanceof HTMLInputElement;
    const moves: Partial<Record<string, number>> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      ...(typing ? {} : { Home: 0, End: list.length - 1 }),
    };
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const target = Math.max(0, Math.min(list.length - 1, next));
    const controls = [...cellElement.querySelectorAll<HTMLElement>(FOCUSABLE)];
    pending.current = { index: target, cell: cellElement.cellIndex, control: controls.indexOf(event.target) };
    virtualizer.scrollToIndex(target);
    if (focusIn(scrollRef.current, pending.current)) pending.current = null;
  };

  return (
    <div ref={scrollRef} className="services-scroll">
      <table
        className="data-table services-table"
        aria-label={label}
        aria-rowcount={list.length + 1}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="muted">
                {empty}
              </td>
            </tr>
          )}
          {before > 0 && (
            <tr aria-hidden="true" className="spacer-row" style={{ height: before }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {items.map((item) => {
            const service = list[item.index];
            return service ? (
              <ServiceRow
                key={service.id}
                service={service}
                index={item.index}
                client={client}
                words={words}
                onOpen={onOpen}
                onProblem={onProblem}
              />
            ) : null;
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer-row" style={{ height: after }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
