import { KeyValueRows as Rows } from '../../ui/KeyValueRows.js';
import type { KeyValueRow, RowKind } from './build-form.js';
import { addRow, removeRow, updateRow } from './build-store.js';

interface KeyValueRowsProps {
  readonly kind: RowKind;
  /** "Build arg" or "Label": names the group, its fields and its buttons. */
  readonly noun: string;
  readonly rows: readonly KeyValueRow[];
  readonly error: string | undefined;
  readonly errorId: string;
}

/** Name/value pairs (build args, labels) as rows a person adds and removes. */
export function KeyValueRows({ kind, noun, rows, error, errorId }: KeyValueRowsProps) {
  return (
    <fieldset className="kv-rows" aria-describedby={error ? errorId : undefined}>
      <legend>{noun}s</legend>
      {rows.length === 0 && <p className="muted">None.</p>}
      <Rows
        rows={rows}
        rowKey={(row) => row.id}
        rowClassName="kv-row"
        fieldClassName="kv-field"
        names={(n) => ({
          key: `${noun} ${n} name`,
          value: `${noun} ${n} value`,
          remove: `Remove ${noun.toLowerCase()} ${n}`,
        })}
        keysInvalid={Boolean(error)}
        keyMaxLength={256}
        valueMaxLength={32_768}
        separator="="
        removeText="Remove"
        onChange={(_, row, patch) => {
          updateRow(kind, row.id, patch);
        }}
        onRemove={(_, row) => {
          removeRow(kind, row.id);
        }}
      />
      <button
        type="button"
        className="button ghost"
        onClick={() => {
          addRow(kind);
        }}
      >
        Add {noun.toLowerCase()}
      </button>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
