import { Field } from './Field.js';

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly hideLabel?: boolean;
  readonly error?: string | undefined;
  readonly className?: string;
}

/** The kit's labelled select: only the options it was given can be chosen. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hideLabel,
  error,
  className = 'field',
}: SelectFieldProps<T>) {
  return (
    <Field className={className} label={label} error={error} hideLabel={hideLabel}>
      {({ id, describedBy, invalid, ariaLabel }) => (
        <select
          id={id}
          value={value}
          aria-label={ariaLabel}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => {
            const chosen = options.find((o) => o.value === event.currentTarget.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
