import { useId, type ReactNode } from 'react';
import './kit.css';

export interface FieldControlIds {
  readonly id: string;
  readonly describedBy: string | undefined;
  readonly invalid: true | undefined;
  /** The control's own name when the label is not shown (rows of fields under a header). */
  readonly ariaLabel: string | undefined;
}

interface FieldProps {
  readonly label: string;
  readonly error?: string | undefined;
  /** A message that does not block (shown in place of the error when there is none). */
  readonly warning?: string | undefined;
  readonly hint?: ReactNode;
  /** The visible column header names the field already: the label is the control's aria-label. */
  readonly hideLabel?: boolean;
  /** The wrapper's class, for each feature's layout. */
  readonly className: string;
  /** The control, wired to the label and described by the hint and the error. */
  readonly children: (ids: FieldControlIds) => ReactNode;
}

/**
 * A labelled control whose hint and error describe it (aria-describedby, aria-invalid) without
 * becoming part of its accessible name. Forms across features use it for the same markup.
 */
export function Field({ label, error, warning, hint, hideLabel = false, className, children }: FieldProps) {
  const id = useId();
  const messageId = useId();
  const hintId = useId();
  const message = error
    ? { text: error, className: 'field-error' }
    : warning
      ? { text: warning, className: 'field-warning' }
      : null;
  const describedBy =
    [message ? messageId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      {!hideLabel && <label htmlFor={id}>{label}</label>}
      {children({
        id,
        describedBy,
        invalid: error ? true : undefined,
        ariaLabel: hideLabel ? label : undefined,
      })}
      {hint && (
        <span id={hintId} className="muted field-hint">
          {hint}
        </span>
      )}
      {message && (
        <span id={messageId} className={message.className}>
          {message.text}
        </span>
      )}
    </div>
  );
}
