import { useState } from 'react';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
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
  const [volumes, setVolumes] = useState(false);
  const [force, setForce] = useState(false);
  const running = containers.filter((c) => needsForceToRemove(c.state));
  const targets = force ? containers : containers.filter((c) => !needsForceToRemove(c.state));
  const hidden = containers.length - LISTED;
  const first = containers[0];

  return (
    <ConfirmDialog
      title="Remove containers"
      description={
        containers.length === 1 && first
          ? `Remove ${first.name}? This cannot be undone.`
          : `Remove these ${containers.length} containers? This cannot be undone.`
      }
      options={[
        { label: 'Also remove anonymous volumes', checked: volumes, onChange: setVolumes },
        running.length > 0 && {
          label: 'Force remove running containers',
          checked: force,
          onChange: setForce,
        },
      ]}
      after={
        running.length > 0 &&
        !force && (
          <p className="hint">
            {running.length === 1
              ? '1 container is running and will be kept unless you force its removal.'
              : `${running.length} containers are running and will be kept unless you force their removal.`}
          </p>
        )
      }
      confirm="Remove"
      confirmDisabled={targets.length === 0}
      onConfirm={() => {
        onClose();
        void removeContainers(client, targets, { volumes, force });
      }}
      onCancel={onClose}
    >
      <ul className="name-list" aria-label="Containers to remove">
        {containers.slice(0, LISTED).map((c) => (
          <li key={c.id}>
            <SafeText text={c.name} />
            {needsForceToRemove(c.state) && <span className="muted"> ({c.state})</span>}
          </li>
        ))}
        {hidden > 0 && <li className="muted">…and {hidden} more</li>}
      </ul>
    </ConfirmDialog>
  );
}
