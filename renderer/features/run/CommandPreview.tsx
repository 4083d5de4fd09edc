import { useId, useMemo } from 'react';
import { formToCommand } from '../../../shared/run/run-argv.js';
import { useT } from '../../i18n/index.js';
import { copyText } from './copy-command.js';
import { runMessages } from './messages.js';
import { useRunDialogStore } from './run-dialog-store.js';

/** The equivalent `docker run`, live: what the dialog does, as a command to learn from or paste. */
export function CommandPreview({ valid }: { readonly valid: boolean }) {
  const form = useRunDialogStore((s) => s.form);
  const command = useMemo(() => formToCommand(form), [form]);
  const headingId = useId();
  const t = useT(runMessages);
  return (
    <section className="command-preview" role="region" aria-labelledby={headingId}>
      <div className="preview-header">
        <h3 id={headingId}>{t('previewHeading')}</h3>
        <button
          type="button"
          className="button"
          onClick={() => {
            void copyText(command, t('copyWhatCommand'));
          }}
        >
          {t('copyCommand')}
        </button>
      </div>
      <pre className="preview-text">{command}</pre>
      {!valid && <p className="muted">{t('previewInvalid')}</p>}
    </section>
  );
}
