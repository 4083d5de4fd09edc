import { useId, useState, type SyntheticEvent } from 'react';
import { COMMIT_INSTRUCTIONS } from '../../../shared/contract/commit-instructions.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage, isRpcError } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { useT } from '../../i18n/index.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { FormActions } from '../../ui/FormActions.js';
import { Modal } from '../../ui/Modal.js';
import { TextField } from '../../ui/TextField.js';
import { messages } from './messages.js';

interface Form {
  readonly image: string;
  readonly message: string;
  readonly author: string;
  readonly changes: string;
  readonly pause: boolean;
}

/** `docker commit`: repository:tag, message, author and Dockerfile-style changes. */
export function CommitDialog({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const client = useClient();
  const t = useT(messages);
  const titleId = useId();
  const [form, setForm] = useState<Form>({ image: '', message: '', author: '', changes: '', pause: true });
  const [problems, setProblems] = useState<Readonly<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<Form>): void => {
    setForm({ ...form, ...change });
  };

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (!form.image.trim()) {
      setProblems({ image: t('imageRequired') });
      return;
    }
    setBusy(true);
    try {
      const changes = form.changes
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      await client.invoke('containers.commit', {
        ref: id,
        image: form.image.trim(),
        ...(form.message ? { message: form.message } : {}),
        ...(form.author ? { author: form.author } : {}),
        changes,
        pause: form.pause,
      });
      notify(t('committed', { name, image: form.image.trim() }));
      onClose();
    } catch (err) {
      // Field problems name the request's path: `image`, `changes.2`…
      const issues = isRpcError(err) ? (err.issues ?? []) : [];
      const byField = Object.fromEntries(issues.map((i) => [i.path.split('.')[0] ?? '', i.message]));
      setProblems(issues.length > 0 ? byField : { form: errorMessage(err) });
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={titleId} onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId}>{t('commitTitle', { name })}</h2>
        <TextField
          label={t('image')}
          value={form.image}
          onChange={(image) => {
            set({ image });
          }}
          error={problems['image']}
          placeholder={t('imageExample')}
          autoFocus
          className="form-field"
        />
        <TextField
          label={t('message')}
          value={form.message}
          onChange={(message) => {
            set({ message });
          }}
          error={problems['message']}
          className="form-field"
        />
        <TextField
          label={t('author')}
          value={form.author}
          onChange={(author) => {
            set({ author });
          }}
          error={problems['author']}
          className="form-field"
        />
        <TextField
          label={t('changes')}
          value={form.changes}
          onChange={(changes) => {
            set({ changes });
          }}
          rows={3}
          error={problems['changes']}
          hint={t('changesHint', { allowed: COMMIT_INSTRUCTIONS.join(', ') })}
          className="form-field"
        />
        <Checkbox
          label={t('pause')}
          showLabel
          checked={form.pause}
          onChange={(pause) => {
            set({ pause });
          }}
        />
        {problems['form'] && (
          <p role="alert" className="log-status error">
            {problems['form']}
          </p>
        )}
        <FormActions onCancel={onClose} busy={busy} submit={t('commitSubmit')} />
      </form>
    </Modal>
  );
}
