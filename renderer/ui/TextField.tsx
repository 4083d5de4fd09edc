import type { ReactNode } from 'react';
import { Field } from './Field.js';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly warning?: string | undefined;
  readonly hint?: ReactNode;
  /** Rows name their fields "Host port 1": the visible column header says "Host port". */
  readonly hideLabel?: boolean;
  readonly placeholder?: string;
  /** A datalist's id, for suggestions. */
  readonly list?: string;
  /** A textarea of this many rows instead of a one-line input. */
  readonly rows?: number;
  readonly autoFocus?: boolean;
  readonly maxLength?: number;
  /** Marks the control invalid when the message is shown elsewhere (under a group of rows). */
  readonly invalid?: boolean;
  /** The wrapper's class: `field` in the run dialog's grid, `form-field` in the other dialogs. */
  readonly className?: string;
}

/** The kit's text field: a labelled input (or textarea) whose hint and rule violation describe it. */
export function TextField({
  label,
  value,
  onChange,
  error,
  warning,
  hint,
  hideLabel,
  placeholder,
  list,
  rows,
  autoFocus = false,
  maxLength,
  invalid: invalidHere = false,
  className = 'field',
}: TextFieldProps) {
  return (
    <Field
      className={className}
      label={label}
      error={error}
      warning={warning}
      hint={hint}
      hideLabel={hideLabel}
    >
      {({ id, describedBy, invalid, ariaLabel }) => {
        const common = {
          id,
          value,
          placeholder,
          'aria-invalid': invalid ?? (invalidHere ? true : undefined),
          'aria-describedby': describedBy,
          'aria-label': ariaLabel,
          'data-autofocus': autoFocus ? true : undefined,
          maxLength,
          spellCheck: false,
          autoComplete: 'off',
        };
        return rows !== undefined ? (
          <textarea
            {...common}
            rows={rows}
            onChange={(event) => {
              onChange(event.currentTarget.value);
            }}
          />
        ) : (
          <input
            {...common}
            type="text"
            list={list}
            onChange={(event) => {
              onChange(event.currentTarget.value);
            }}
          />
        );
      }}
    </Field>
  );
}
