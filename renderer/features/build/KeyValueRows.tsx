import { KeyValueRows as Rows } from '../../ui/KeyValueRows.js';
import type { KeyValueRow, RowKind } from './build-form.js';
import { addRow, removeRow, updateRow } from './build-store.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

interface KeyValueRowsProps {
  readonly kind: RowKind;
  readonly rows: readonly KeyValueRow[];
  readonly error: string | undefined;
  readonly errorId: string;
}

/** Name/value pairs (build args, labels) as rows a person adds and removes. */
export function KeyValueRows({ kind, rows, error, errorId }: KeyValueRowsProps) {
  const t = useT(messages);
  // "Build arg" or "Label": names the group, its fields and its buttons.
  const noun = t(kind === 'buildArgs' ? 'buildArgsNoun' : 'labelsNoun');
  return (
    <fieldset className="kv-rows" aria-describedby={error ? errorId : undefined}>
      <legend>{t(kind === 'buildArgs' ? 'buildArgsLegend' : 'labelsLegend')}</legend>
      {rows.length === 0 && <p className="muted">{t('none')}</p>}
      <Rows
        rows={rows}
        rowKey={(row) => row.id}
        rowClassName="kv-row"
        fieldClassName="kv-field"
        names={(n) => ({
          key: t('rowName', { noun, n }),
          value: t('rowValue', { noun, n }),
          remove: t('rowRemove', { noun: noun.toLowerCase(), n }),
        })}
        keysInvalid={Boolean(error)}
        keyMaxLength={256}
        valueMaxLength={32_768}
        separator="="
        removeText={t('remove')}
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
        {t(kind === 'buildArgs' ? 'buildArgsAdd' : 'labelsAdd')}
      </button>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
