import { useId, type ReactNode } from 'react';

/** A labelled text field whose error is tied to it (aria-invalid, aria-describedby). */
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
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'data-autofocus': autoFocus ? true : undefined,
  };
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
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
      )}
      {hint && (
        <span id={hintId} className="muted field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
