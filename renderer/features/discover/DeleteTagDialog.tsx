import { useState } from 'react';
import type { TagDetail } from '../../../shared/contract/discover.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { setRunStatus, tagDeleted } from './discover-store.js';

/** Asks first: a registry deletes the manifest, so every tag naming the same digest goes too. */
export function DeleteTagDialog({
  detail,
  onClose,
}: {
  readonly detail: TagDetail;
  readonly onClose: () => void;
}) {
  const client = useClient();
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
          setRunStatus(`Deleted ${name} from ${detail.registry}.`);
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
      title={`Delete ${name}?`}
      description={`${detail.registry} deletes the manifest ${detail.digest}: any other tag naming the same digest goes with it.`}
      after={problem && <p role="alert">{problem}</p>}
      confirm="Delete tag"
      confirmDisabled={busy}
      onConfirm={confirm}
      onCancel={onClose}
    />
  );
}
