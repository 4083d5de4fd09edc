import type { ReactNode } from 'react';
import { useT } from '../i18n/index.js';
import { uiMessages } from './messages.js';

interface FormActionsProps {
  readonly onCancel: () => void;
  /** While true the submit button is disabled: the form is already on its way. */
  readonly busy: boolean;
  /** What the submit button says ("Create", "Import", …). */
  readonly submit: ReactNode;
}

/** The closing row of a dialog's form: Cancel, then its submit button. */
export function FormActions({ onCancel, busy, submit }: FormActionsProps) {
  const t = useT(uiMessages);
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        {t('cancel')}
      </button>
      <button type="submit" className="button primary" disabled={busy}>
        {submit}
      </button>
    </div>
  );
}
