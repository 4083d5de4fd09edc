import { useId, useMemo } from 'react';
import { diffForms } from '../../../shared/run/form-diff.js';
import type { RunForm } from '../../../shared/run/run-form.js';
import { useT } from '../../i18n/index.js';
import { runMessages } from './messages.js';
import { useRunDialogStore, type RunTarget } from './run-dialog-store.js';
import { Table } from '../../ui/Table.js';

/** What Edit carries over without showing it in the form. */
function KeptAsIs() {
  const t = useT(runMessages);
  const kept = useRunDialogStore((s) => s.kept);
  const captionId = useId();
  if (kept.length === 0) return <p>{t('keptNone')}</p>;
  return (
    <>
      <p>{t('keptIntro')}</p>
      <Table
        className="diff-table"
        labelledBy={captionId}
        caption={{ id: captionId, text: t('keptCaption') }}
        columns={[t('keptSetting'), t('keptValue')]}
      >
        {kept.map((setting) => (
          <tr key={setting.path}>
            <th scope="row">{setting.path}</th>
            <td>
              <pre>{setting.value}</pre>
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}

interface EditReviewProps {
  readonly target: RunTarget;
  readonly original: RunForm;
  readonly form: RunForm;
}

/** What applying the edit changes, and what it cannot keep, before anything happens. */
export function EditReview({ target, original, form }: EditReviewProps) {
  const t = useT(runMessages);
  const changes = useMemo(() => diffForms(original, form), [original, form]);
  const captionId = useId();
  return (
    <section className="edit-review" aria-label={t('reviewLabel')}>
      {changes.length === 0 ? (
        <p role="status">{t('nothingChanges')}</p>
      ) : (
        <Table
          className="diff-table"
          labelledBy={captionId}
          caption={{ id: captionId, text: t('changesTo', { name: target.name }) }}
          columns={[t('colSetting'), t('colNow'), t('colAfter')]}
        >
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.label}</th>
              <td>
                <pre>{change.before || '—'}</pre>
              </td>
              <td>
                <pre>{change.after || '—'}</pre>
              </td>
            </tr>
          ))}
        </Table>
      )}
      <KeptAsIs />
      <div className="warning-box" role="note">
        <p>
          <strong>{t('reviewCannot')}</strong>{' '}
          {t(target.running ? 'reviewStepsRunning' : form.start ? 'reviewStepsStart' : 'reviewSteps')}
        </p>
        <p>{t('reviewData')}</p>
      </div>
    </section>
  );
}
