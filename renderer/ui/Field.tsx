import { useId, type ReactNode } from 'react';

export interface FieldControlIds {
  readonly id: string;
  readonly describedBy: string | undefined;
  readonly invalid: true | undefined;
}

interface FieldProps {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  /** The wrapper's class, for each feature's layout. */
  readonly className: string;
  /** The control, wired to the label and described by the hint and the error. */
  readonly children: (ids: FieldControlIds) => ReactNode;
}

/**
 * A labelled control whose hint and error describe it (aria-describedby, aria-invalid) without
 * becoming part of its accessible name. Forms across features use it for the same markup.
 */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const errorId = useId();
  const hintId = useId();
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: error ? true : undefined })}
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
