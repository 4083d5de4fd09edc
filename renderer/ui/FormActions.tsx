import type { ReactNode } from 'react';

interface FormActionsProps {
  readonly onCancel: () => void;
  /** While true the submit button is disabled: the form is already on its way. */
  readonly busy: boolean;
  /** What the submit button says ("Create", "Import", …). */
  readonly submit: ReactNode;
}

/** The closing row of a dialog's form: Cancel, then its submit button. */
export function FormActions({ onCancel, busy, submit }: FormActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button primary" disabled={busy}>
        {submit}
      </button>
    </div>
  );
}
