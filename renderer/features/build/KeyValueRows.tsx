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
      {rows.map((row, index) => (
        <div className="kv-row" key={row.id}>
          <input
            aria-label={`${noun} ${index + 1} name`}
            value={row.key}
            spellCheck={false}
            maxLength={256}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              updateRow(kind, row.id, { key: event.currentTarget.value });
            }}
          />
          <span aria-hidden="true">=</span>
          <input
            aria-label={`${noun} ${index + 1} value`}
            value={row.value}
            spellCheck={false}
            maxLength={32_768}
            onChange={(event) => {
              updateRow(kind, row.id, { value: event.currentTarget.value });
            }}
          />
          <button
            type="button"
            className="button ghost"
            aria-label={`Remove ${noun.toLowerCase()} ${index + 1}`}
            onClick={() => {
              removeRow(kind, row.id);
            }}
          >
            Remove
          </button>
        </div>
      ))}
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
