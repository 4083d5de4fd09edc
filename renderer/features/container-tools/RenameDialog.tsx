import { useId, useState, type SyntheticEvent } from 'react';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { notify } from '../../lib/notifications-store.js';
import { useT } from '../../i18n/index.js';
import { FormActions } from '../../ui/FormActions.js';
import { Modal } from '../../ui/Modal.js';
import { TextField } from '../../ui/TextField.js';
import { messages } from './messages.js';

/** Rename in place: the engine keeps the id, the data and the running process. */
export function RenameDialog({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const client = useClient();
  const t = useT(messages);
  const titleId = useId();
  const [value, setValue] = useState(name);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    const wanted = value.trim();
    if (!wanted) {
      setProblem(t('nameRequired'));
      return;
    }
    setBusy(true);
    try {
      const renamed = await client.invoke('containers.rename', { ref: id, name: wanted });
      notify(t('renamed', { from: name, to: renamed.name }));
      onClose();
    } catch (err) {
      setProblem(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={titleId} onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId}>{t('renameTitle', { name })}</h2>
        <TextField
          label={t('newName')}
          value={value}
          onChange={setValue}
          error={problem}
          hint={t('renameHint')}
          autoFocus
          maxLength={253}
          className="form-field"
        />
        <FormActions onCancel={onClose} busy={busy} submit={t('renameSubmit')} />
      </form>
    </Modal>
  );
}
