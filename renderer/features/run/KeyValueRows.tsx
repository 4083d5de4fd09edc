import type { FieldErrors } from '../../../shared/run/run-form.js';
import { useT } from '../../i18n/index.js';
import { KeyValueRows as Rows } from '../../ui/KeyValueRows.js';
import { FieldMessage } from './fields.js';
import { runMessages } from './messages.js';
import { removeAt, replaceAt } from './rows.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';

interface KeyValueRowsProps {
  /** Which list of the form the rows edit. */
  readonly field: 'env' | 'labels' | 'logOptions' | 'sysctls';
  /** Names each row and its controls (worded): "Variable 2", "Variable name 2", "Remove variable 2". */
  readonly noun: string;
  /** The word for the key in the controls' names: "name" (env) or "key" (labels). */
  readonly keyWord: string;
  readonly keyPlaceholder: string;
  readonly errors: FieldErrors;
}

/** The run form's key/value rows (environment, labels), read from and written to its store. */
export function KeyValueRows({ field, noun, keyWord, keyPlaceholder, errors }: KeyValueRowsProps) {
  const rows = useRunDialogStore((s) => s.form[field]);
  const t = useT(runMessages);
  // English lowers the noun inside a sentence; Chinese has no case, so this leaves it as it is.
  const lower = noun.toLowerCase();
  return (
    <>
      <Rows
        rows={rows}
        rowKey={(_, i) => i}
        rowClassName="row-fields"
        names={(n) => ({
          group: t('rowGroup', { noun, n }),
          key: t('rowKey', { noun, keyWord, n }),
          value: t('rowValue', { noun, n }),
          remove: t('rowRemove', { noun: lower, n }),
        })}
        keyPlaceholder={keyPlaceholder}
        valuePlaceholder={t('valuePlaceholder')}
        keyError={(i) => errors[`${field}.${i}.key`]}
        valueError={(i) => errors[`${field}.${i}.value`]}
        removeText="✕"
        onChange={(i, row, patch) => {
          updateForm((f) => ({ ...f, [field]: replaceAt(f[field], i, { ...row, ...patch }) }));
        }}
        onRemove={(i) => {
          updateForm((f) => ({ ...f, [field]: removeAt(f[field], i) }));
        }}
      />
      {/* About the list as a whole (it is too large to send). */}
      <FieldMessage id={`run-${field}-message`} error={errors[field]} />
    </>
  );
}
