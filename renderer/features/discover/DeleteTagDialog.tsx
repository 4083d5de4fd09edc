import { useId, useState } from 'react';
import type { TagDetail } from '../../../shared/contract/discover.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { Modal } from '../../ui/Modal.js';
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
  const titleId = useId();
  const descriptionId = useId();
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
    <Modal labelledBy={titleId} describedBy={descriptionId} onCancel={onClose}>
      <h2 id={titleId}>Delete {name}?</h2>
      <p id={descriptionId}>
        {detail.registry} deletes the manifest {detail.digest}: any other tag naming the same digest goes with
        it.
      </p>
      {problem && <p role="alert">{problem}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button danger" disabled={busy} onClick={confirm}>
          Delete tag
        </button>
      </div>
    </Modal>
  );
}
