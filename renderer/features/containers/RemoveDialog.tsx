import { useId, useState } from 'react';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { Modal } from '../../ui/Modal.js';
import { needsForceToRemove } from './container-actions.js';
import { removeContainers } from './container-commands.js';
import { SafeText } from '../../ui/SafeText.js';

const LISTED = 50;

interface RemoveDialogProps {
  readonly containers: readonly ContainerSummary[];
  readonly onClose: () => void;
}

/**
 * Confirms a removal, naming every container. Running ones are removed only with "force";
 * without it they are left alone and the dialog says so, instead of failing one by one.
 */
export function RemoveDialog({ containers, onClose }: RemoveDialogProps) {
  const client = useClient();
  const titleId = useId();
  const descriptionId = useId();
  const [volumes, setVolumes] = useState(false);
  const [force, setForce] = useState(false);
  const running = containers.filter((c) => needsForceToRemove(c.state));
  const targets = force ? containers : containers.filter((c) => !needsForceToRemove(c.state));
  const hidden = containers.length - LISTED;
  const first = containers[0];

  return (
    <Modal labelledBy={titleId} describedBy={descriptionId} onCancel={onClose}>
      <h2 id={titleId}>Remove containers</h2>
      <p id={descriptionId}>
        {containers.length === 1 && first
          ? `Remove ${first.name}? This cannot be undone.`
          : `Remove these ${containers.length} containers? This cannot be undone.`}
      </p>
      <ul className="name-list" aria-label="Containers to remove">
        {containers.slice(0, LISTED).map((c) => (
          <li key={c.id}>
            <SafeText text={c.name} />
            {needsForceToRemove(c.state) && <span className="muted"> ({c.state})</span>}
          </li>
        ))}
        {hidden > 0 && <li className="muted">…and {hidden} more</li>}
      </ul>
      <label className="check">
        <input
          type="checkbox"
          checked={volumes}
          onChange={(event) => {
            setVolumes(event.currentTarget.checked);
          }}
        />
        Also remove anonymous volumes
      </label>
      {running.length > 0 && (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={force}
              onChange={(event) => {
                setForce(event.currentTarget.checked);
              }}
            />
            Force remove running containers
          </label>
          {!force && (
            <p className="hint">
              {running.length === 1
                ? '1 container is running and will be kept unless you force its removal.'
                : `${running.length} containers are running and will be kept unless you force their removal.`}
            </p>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button danger-solid"
          disabled={targets.length === 0}
          onClick={() => {
            onClose();
            void removeContainers(client, targets, { volumes, force });
          }}
        >
          Remove
        </button>
      </div>
    </Modal>
  );
}
