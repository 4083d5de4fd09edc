import type { ReactNode } from 'react';
import { Field } from '../../ui/Field.js';

/** A labelled text field (or textarea) whose hint and error are tied to it. */
export function FormField({
  label,
  value,
  error,
  hint,
  placeholder,
  multiline = false,
  autoFocus = false,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  readonly error?: string;
  readonly hint?: ReactNode;
  readonly placeholder?: string;
  readonly multiline?: boolean;
  readonly autoFocus?: boolean;
  readonly onChange: (value: string) => void;
}) {
  return (
    <Field className="form-field" label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => {
        const common = {
          id,
          value,
          placeholder,
          'aria-invalid': invalid,
          'aria-describedby': describedBy,
          'data-autofocus': autoFocus ? true : undefined,
        };
        return multiline ? (
          <textarea
            {...common}
            rows={2}
            onChange={(event) => {
              onChange(event.currentTarget.value);
            }}
          />
        ) : (
          <input
            {...common}
            type="text"
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => {
              onChange(event.currentTarget.value);
            }}
          />
        );
      }}
    </Field>
  );
}
