import type { ReactNode } from 'react';
import './kit.css';

/** A column header; a hidden one (an actions column) is named for screen readers only. */
export type Column = string | { readonly title: string; readonly hidden: true };

interface TableProps {
  /** Header cells; without them the table has no head (a key/value table). */
  readonly columns?: readonly Column[];
  /** The table's class, for each view's layout: `table`, `data-table` and the like. */
  readonly className: string;
  readonly label?: string;
  readonly labelledBy?: string;
  readonly caption?: { readonly text: ReactNode; readonly id?: string; readonly className?: string };
  /** Shown as one full-width muted row instead of the rows, when there are none. */
  readonly empty?: ReactNode;
  /** Wraps the table in a box that scrolls sideways instead of the page. */
  readonly scroll?: boolean;
  /** The rows of the body. */
  readonly children?: ReactNode;
}

/**
 * The kit's table: header cells scoped to their columns, an optional caption and empty row.
 * Rows stay the caller's own markup (`<tr>` with a `<th scope="row">` where a row has a name).
 */
export function Table({
  columns,
  className,
  label,
  labelledBy,
  caption,
  empty,
  scroll = false,
  children,
}: TableProps) {
  const table = (
    <table className={className} aria-label={label} aria-labelledby={labelledBy}>
      {caption && (
        <caption id={caption.id} className={caption.className}>
          {caption.text}
        </caption>
      )}
      {columns && (
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col">
                {typeof column === 'string' ? (
                  column
                ) : (
                  <span className="visually-hidden">{column.title}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {empty !== undefined && empty !== null && empty !== false && (
          <tr>
            <td colSpan={columns?.length ?? 1} className="muted">
              {empty}
            </td>
          </tr>
        )}
        {children}
      </tbody>
    </table>
  );
  return scroll ? <div className="table-scroll">{table}</div> : table;
}
