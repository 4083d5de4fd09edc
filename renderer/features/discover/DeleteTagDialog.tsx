import { useState } from 'react';
import type { TagDetail } from '../../../shared/contract/discover.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { setRunStatus, tagDeleted } from './discover-store.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** Asks first: a registry deletes the manifest, so every tag naming the same digest goes too. */
export function DeleteTagDialog({
  detail,
  onClose,
}: {
  readonly detail: TagDetail;
  readonly onClose: () => void;
}) {
  const client = useClient();
  const t = useT(messages);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const name = `${detail.repository}:${detail.tag}`;
  const confirm = (): void => {
    setBusy(true);
    client
      .invoke('discover.deleteTag', {
        registry: detail.registry,
        repository: detail.repository,
        tag: detail.tag,
      })
      .then(
        () => {
          tagDeleted(detail.registry, detail.repository, detail.tag);
          setRunStatus(t('deleted', { name, registry: detail.registry }));
          onClose();
        },
        (err: unknown) => {
          setBusy(false);
          setProblem(errorMessage(err));
        },
      );
  };
  return (
    <ConfirmDialog
      title={t('deleteTitle', { name })}
      description={t('deleteDescription', { registry: detail.registry, digest: detail.digest })}
      after={problem && <p role="alert">{problem}</p>}
      confirm={t('deleteConfirm')}
      confirmDisabled={busy}
      onConfirm={confirm}
      onCancel={onClose}
    />
  );
}
