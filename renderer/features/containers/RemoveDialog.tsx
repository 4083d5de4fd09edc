import { useState } from 'react';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { needsForceToRemove } from './container-actions.js';
import { removeContainers } from './container-commands.js';
import { SafeText } from '../../ui/SafeText.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

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
  const t = useT(messages);
  const [volumes, setVolumes] = useState(false);
  const [force, setForce] = useState(false);
  const running = containers.filter((c) => needsForceToRemove(c.state));
  const targets = force ? containers : containers.filter((c) => !needsForceToRemove(c.state));
  const hidden = containers.length - LISTED;
  const first = containers[0];

  return (
    <ConfirmDialog
      title={t('removeTitle')}
      description={
        containers.length === 1 && first
          ? t('removeOne', { name: first.name })
          : t('removeMany', { count: containers.length })
      }
      options={[
        { label: t('alsoVolumes'), checked: volumes, onChange: setVolumes },
        running.length > 0 && {
          label: t('forceRunning'),
          checked: force,
          onChange: setForce,
        },
      ]}
      after={
        running.length > 0 && !force && <p className="hint">{t('keptRunning', { count: running.length })}</p>
      }
      confirm={t('remove')}
      confirmDisabled={targets.length === 0}
      onConfirm={() => {
        onClose();
        void removeContainers(client, targets, { volumes, force });
      }}
      onCancel={onClose}
    >
      <ul className="name-list" aria-label={t('toRemove')}>
        {containers.slice(0, LISTED).map((c) => (
          <li key={c.id}>
            <SafeText text={c.name} />
            {needsForceToRemove(c.state) && <span className="muted"> ({c.state})</span>}
          </li>
        ))}
        {hidden > 0 && <li className="muted">{t('andMore', { count: hidden })}</li>}
      </ul>
    </ConfirmDialog>
  );
}
