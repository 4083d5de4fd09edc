import { useId, useState, type SyntheticEvent } from 'react';
import { MAX_GROUP_NAME } from '../../../shared/settings/sections/list-limits.js';
import { useT } from '../../i18n/index.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useClient } from '../../lib/client-context.js';
import { FormActions } from '../../ui/FormActions.js';
import { Modal } from '../../ui/Modal.js';
import { TextField } from '../../ui/TextField.js';
import { createGroup, useUserGroups } from './list-preferences.js';
import { messages } from './messages.js';

const LISTED = 5;

/** Names a new group of containers; the ones selected in view join it at once. */
export function NewGroupDialog({
  members,
  onClose,
}: {
  readonly members: readonly string[];
  readonly onClose: () => void;
}) {
  const t = useT(messages);
  const client = useClient();
  const titleId = useId();
  const groups = useUserGroups();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setProblem(t('groupNameEmpty'));
      return;
    }
    if (groups.some((g) => g.name === trimmed)) {
      setProblem(t('groupNameTaken', { name: trimmed }));
      return;
    }
    setBusy(true);
    try {
      await createGroup(client, trimmed, members);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  };

  const shown = members.slice(0, LISTED).join(', ') + (members.length > LISTED ? ', …' : '');
  return (
    <Modal labelledBy={titleId} onCancel={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <h2 id={titleId}>{t('newGroupTitle')}</h2>
        <TextField
          className="form-field"
          label={t('groupName')}
          value={name}
          onChange={(value) => {
            setName(value);
            setProblem(null);
          }}
          error={problem ?? undefined}
          maxLength={MAX_GROUP_NAME}
          autoFocus
        />
        <p className="hint">
          {members.length === 0
            ? t('newGroupEmpty')
            : t('newGroupMembers', { count: members.length, names: shown })}
        </p>
        <FormActions onCancel={onClose} busy={busy} submit={t('create')} />
      </form>
    </Modal>
  );
}
