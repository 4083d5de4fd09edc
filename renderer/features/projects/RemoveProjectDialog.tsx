import { useState } from 'react';
import type { ComposeProject } from '../../../shared/compose/projects.js';
import { useClient } from '../../lib/client-context.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { removeProject } from './project-commands.js';
import { SafeText } from '../../ui/SafeText.js';
import { plainId } from '../../lib/engine-routing.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/**
 * Confirms removing a whole project: its containers and networks, and its volumes if asked.
 * A running project says so and is stopped first only when the person confirms that.
 */
export function RemoveProjectDialog({
  project,
  onClose,
}: {
  readonly project: ComposeProject;
  readonly onClose: () => void;
}) {
  const client = useClient();
  const t = useT(messages);
  const [volumes, setVolumes] = useState(false);
  const running = project.running > 0;
  // The project may be keyed with its engine: the removal routes by the key, the words use the name.
  const name = plainId(project.name);

  return (
    <ConfirmDialog
      title={<SafeText text={t('removeProject', { name })} />}
      description={
        running
          ? t('removeRunning', { name, running: project.running, total: project.total })
          : t('removeStopped', { name, n: project.containerIds.length })
      }
      options={[{ label: t('alsoVolumes'), checked: volumes, onChange: setVolumes }]}
      confirm={running ? t('stopAndRemove') : t('remove')}
      onConfirm={() => {
        onClose();
        void removeProject(client, project.name, { volumes, force: running });
      }}
      onCancel={onClose}
    />
  );
}
