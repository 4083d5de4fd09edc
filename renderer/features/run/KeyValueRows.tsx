import type { FieldErrors } from '../../../shared/run/run-form.js';
import { TextField } from '../../ui/TextField.js';
import { removeAt, replaceAt } from './rows.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';

interface KeyValueRowsProps {
  /** Which list of the form the rows edit. */
  readonly field: 'env' | 'labels';
  /** Names each row and its controls: "Variable 2", "Variable name 2", "Remove variable 2". */
  readonly noun: string;
  /** The word for the key in the controls' names: "name" (env) or "key" (labels). */
  readonly keyWord: string;
  readonly keyPlaceholder: string;
  readonly errors: FieldErrors;
}

/** Editable key/value rows (environment, labels), each with its own remove button. */
export function KeyValueRows({ field, noun, keyWord, keyPlaceholder, errors }: KeyValueRowsProps) {
  const rows = useRunDialogStore((s) => s.form[field]);
  const lower = noun.toLowerCase();
  return rows.map((row, i) => {
    const n = i + 1;
    return (
      <div key={i} className="row-fields" role="group" aria-label={`${noun} ${n}`}>
        <TextField
          hideLabel
          label={`${noun} ${keyWord} ${n}`}
          placeholder={keyPlaceholder}
          value={row.key}
          error={errors[`${field}.${i}.key`]}
          onChange={(key) => {
            updateForm((f) => ({ ...f, [field]: replaceAt(f[field], i, { ...row, key }) }));
          }}
        />
        <TextField
          hideLabel
          label={`${noun} value ${n}`}
          placeholder="value"
          value={row.value}
          error={errors[`${field}.${i}.value`]}
          onChange={(value) => {
            updateForm((f) => ({ ...f, [field]: replaceAt(f[field], i, { ...row, value }) }));
          }}
        />
        <button
          type="button"
          className="button ghost"
          aria-label={`Remove ${lower} ${n}`}
          onClick={() => {
            updateForm((f) => ({ ...f, [field]: removeAt(f[field], i) }));
          }}
        >
          ✕
        </button>
      </div>
    );
  });
}
