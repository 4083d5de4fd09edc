import type { ReactNode } from 'react';
import { TextField } from './TextField.js';

export interface KeyValue {
  readonly key: string;
  readonly value: string;
}

/** The accessible names of row `n` (1-based): its group, its two fields and its remove button. */
export interface RowNames {
  readonly group?: string;
  readonly key: string;
  readonly value: string;
  readonly remove: string;
}

interface KeyValueRowsProps<R extends KeyValue> {
  readonly rows: readonly R[];
  readonly rowKey: (row: R, index: number) => string | number;
  readonly names: (n: number) => RowNames;
  readonly onChange: (index: number, row: R, patch: Partial<KeyValue>) => void;
  readonly onRemove: (index: number, row: R) => void;
  readonly keyPlaceholder?: string;
  readonly valuePlaceholder?: string;
  readonly keyError?: (index: number) => string | undefined;
  readonly valueError?: (index: number) => string | undefined;
  /** The rows' error is shown under the whole list: the key fields are marked invalid. */
  readonly keysInvalid?: boolean;
  readonly keyMaxLength?: number;
  readonly valueMaxLength?: number;
  /** Between the key and the value ("="), hidden from screen readers. */
  readonly separator?: string;
  /** The remove button's visible text ("✕", "Remove"); its name comes from `names`. */
  readonly removeText: ReactNode;
  readonly rowClassName: string;
  /** Each field's wrapper class (the TextField's). */
  readonly fieldClassName?: string;
}

/** Editable key/value rows (environment, labels, build args), each with its own remove button. */
export function KeyValueRows<R extends KeyValue>({
  rows,
  rowKey,
  names,
  onChange,
  onRemove,
  keyPlaceholder,
  valuePlaceholder,
  keyError,
  valueError,
  keysInvalid = false,
  keyMaxLength,
  valueMaxLength,
  separator,
  removeText,
  rowClassName,
  fieldClassName,
}: KeyValueRowsProps<R>) {
  return rows.map((row, i) => {
    const name = names(i + 1);
    return (
      <div
        key={rowKey(row, i)}
        className={rowClassName}
        role={name.group === undefined ? undefined : 'group'}
        aria-label={name.group}
      >
        <TextField
          className={fieldClassName}
          hideLabel
          label={name.key}
          placeholder={keyPlaceholder}
          value={row.key}
          error={keyError?.(i)}
          invalid={keysInvalid}
          maxLength={keyMaxLength}
          onChange={(key) => {
            onChange(i, row, { key });
          }}
        />
        {separator !== undefined && <span aria-hidden="true">{separator}</span>}
        <TextField
          className={fieldClassName}
          hideLabel
          label={name.value}
          placeholder={valuePlaceholder}
          value={row.value}
          error={valueError?.(i)}
          maxLength={valueMaxLength}
          onChange={(value) => {
            onChange(i, row, { value });
          }}
        />
        <button
          type="button"
          className="button ghost"
          aria-label={name.remove}
          onClick={() => {
            onRemove(i, row);
          }}
        >
          {removeText}
        </button>
      </div>
    );
  });
}
