import { useId, useMemo } from 'react';
import { diffForms } from '../../../shared/run/form-diff.js';
import type { RunForm } from '../../../shared/run/run-form.js';
import type { RunTarget } from './run-dialog-store.js';
import { Table } from '../../ui/Table.js';

interface EditReviewProps {
  readonly target: RunTarget;
  readonly original: RunForm;
  readonly form: RunForm;
}

const steps = (running: boolean, start: boolean): string =>
  running ? ', stops this one, starts the new one,' : start ? ', starts it,' : '';

/** What applying the edit changes, and what it cannot keep, before anything happens. */
export function EditReview({ target, original, form }: EditReviewProps) {
  const changes = useMemo(() => diffForms(original, form), [original, form]);
  const captionId = useId();
  return (
    <section className="edit-review" aria-label="Review changes">
      {changes.length === 0 ? (
        <p role="status">Nothing changes.</p>
      ) : (
        <Table
          className="diff-table"
          labelledBy={captionId}
          caption={{ id: captionId, text: `Changes to ${target.name}` }}
          columns={['Setting', 'Now', 'After']}
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
      <div className="warning-box" role="note">
        <p>
          <strong>Docker cannot change these settings in place.</strong> Berth creates a new container with
          them
          {steps(target.running, form.start)} then removes this one and gives the new one its name. If any
          step fails, the new container is removed and this one is left as it was
          {target.running ? ' and started again' : ''}.
        </p>
        <p>
          Files written inside the container (its writable layer) are lost. Anonymous volumes are not carried
          over: they stay on disk, detached. Named volumes and host folders keep their data.
        </p>
      </div>
    </section>
  );
}
