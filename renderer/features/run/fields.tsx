import { useId, type ReactNode } from 'react';

interface FieldMessageProps {
  readonly id: string;
  readonly error?: string | undefined;
  readonly warning?: string | undefined;
}

/** The message next to a field: the rule it breaks, or a warning that does not block. */
export function FieldMessage({ id, error, warning }: FieldMessageProps) {
  if (error) {
    return (
      <span id={id} className="field-error">
        {error}
      </span>
    );
  }
  if (warning) {
    return (
      <span id={id} className="field-warning">
        {warning}
      </span>
    );
  }
  return null;
}

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly warning?: string | undefined;
  /** Rows name their fields "Host port 1": the visible column header says "Host port". */
  readonly hideLabel?: boolean;
  readonly placeholder?: string;
  readonly list?: string;
  readonly multiline?: boolean;
  readonly className?: string;
  readonly hint?: ReactNode;
}

/** A labelled text input whose rule violation is its accessible description. */
export function TextField({
  label,
  value,
  onChange,
  error,
  warning,
  hideLabel = false,
  placeholder,
  list,
  multiline = false,
  className,
  hint,
}: TextFieldProps) {
  const id = useId();
  const messageId = useId();
  const hintId = useId();
  const describedBy = [error || warning ? messageId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    ...(hideLabel ? { 'aria-label': label } : {}),
    spellCheck: false,
    autoComplete: 'off',
  };
  return (
    <div className={className ? `field ${className}` : 'field'}>
      {!hideLabel && <label htmlFor={id}>{label}</label>}
      {multiline ? (
        <textarea
          {...common}
          rows={3}
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
      )}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      <FieldMessage id={messageId} error={error} warning={warning} />
    </div>
  );
}

interface CheckFieldProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

export function CheckField({ label, checked, onChange }: CheckFieldProps) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          onChange(event.currentTarget.checked);
        }}
      />
      {label}
    </label>
  );
}

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly hideLabel?: boolean;
  readonly error?: string | undefined;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hideLabel = false,
  error,
}: SelectFieldProps<T>) {
  const id = useId();
  const messageId = useId();
  return (
    <div className="field">
      {!hideLabel && <label htmlFor={id}>{label}</label>}
      <select
        id={id}
        value={value}
        aria-label={hideLabel ? label : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? messageId : undefined}
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
      <FieldMessage id={messageId} error={error} />
    </div>
  );
}

/** The engine's own words, next to the section they are about. */
export function EngineMessage({ message }: { readonly message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="engine-error">
      The engine said: {message}
    </p>
  );
}
